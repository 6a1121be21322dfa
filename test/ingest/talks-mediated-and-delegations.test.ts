// "The truce followed urgent talks in Oslo, mediated by Norway and Finland": talks
// held somewhere and mediated by two, after the story told its two sides' accord, are each
// mediator's mediation for each side. "Riga's delegation was led by A and B": both lead it for
// Latvia. "represented by A, son of the late founder B": A, not B, is the side's.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

const HEADLINE = 'Latvia and Estonia agree to ceasefire';
const LEAD = 'Latvia and Estonia agreed to a ceasefire on Sunday after days of border clashes.';

describe('talks mediated somewhere', () => {
  it('are each mediator’s mediation for each side', () => {
    const draft = readLead(
      HEADLINE,
      `${LEAD} The clashes left dozens dead. The truce followed urgent talks in Oslo, mediated by Norway and Finland, to stop the fighting.`,
    );
    for (const mediator of ['Norway', 'Finland'])
      for (const side of ['Latvia', 'Estonia'])
        expect(kindsBetweenLabels(draft, mediator, side)).toContain('mediation');
  });
});

describe('delegations and who represents a side', () => {
  const draft = readLead(
    HEADLINE,
    `${LEAD} Riga's delegation was led by Defence Minister Jon Marr and intelligence chief General Ola Fenn. The Estonian side was represented by Defence Minister Aivar Tamm, son of the movement's late founder Mart Tamm.`,
  );

  it('has both who lead a delegation act for its country', () => {
    expect(kindsBetweenLabels(draft, 'Jon Marr', 'Latvia')).toContain('represents');
    expect(kindsBetweenLabels(draft, 'Ola Fenn', 'Latvia')).toContain('represents');
  });

  it('has no one named in the representative’s apposition act for the side', () => {
    expect(kindsBetweenLabels(draft, 'Aivar Tamm', 'Estonia')).toContain('represents');
    expect(kindsBetweenLabels(draft, 'Mart Tamm', 'Estonia')).toEqual([]);
  });
});
