// A mediator reporting what the sides did: "Latvia and Lithuania committed to building trust,
// Jon Marr, Estonia's minister of state, said at a briefing." The speech tag after the comma
// speaks of every side the clause lists, past "at a briefing"; "minister of state" is a title;
// no talks are read between the speaker and the country he speaks for.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

const HEADLINE = 'Baltic rivals sign declaration in Tallinn';

describe('a mediator reporting what the sides did', () => {
  const draft = readLead(
    HEADLINE,
    'Latvia and Lithuania committed to building trust, Jon Marr, Estonia’s minister of state, said at a briefing.',
    'TALLINN',
  );

  it('reads a statement of the speaker about each side the clause lists', () => {
    expect(kindsBetweenLabels(draft, 'Jon Marr', 'Latvia')).toContain('statement');
    expect(kindsBetweenLabels(draft, 'Jon Marr', 'Lithuania')).toContain('statement');
  });

  it('reads "minister of state" as the title he holds for his country', () => {
    expect(kindsBetweenLabels(draft, 'Jon Marr', 'Estonia')).toEqual(['affiliation']);
  });

  it('reads no talks between a minister and his own country', () => {
    const said = readLead(
      HEADLINE,
      'Jon Marr, Estonia’s foreign minister, said on Monday the talks had stalled.',
      'TALLINN',
    );
    expect(kindsBetweenLabels(said, 'Jon Marr', 'Estonia')).toEqual(['affiliation']);
  });
});
