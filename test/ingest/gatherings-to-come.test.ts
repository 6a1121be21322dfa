// A gathering still to come: "spoke ahead of his talks with Xi", "aboard his flight to Beijing
// for his summit with Xi", "could meet Kim if he visits Seoul" are planned, not held; and the
// weekday of a planned meeting is the coming one ("talks … on Wednesday", in a Monday page, are
// that week's Wednesday), whatever tense the clause is told in.
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

// readLead's page is of Monday 3 March 2025
const read = (text: string) => readLead('Leaders to meet', text, 'LIMA');

describe('a gathering still to come', () => {
  it('reads talks after "ahead of" as planned, on the coming weekday', () => {
    const draft = read('Boric spoke to reporters ahead of his talks with Xi Jinping on Wednesday.');
    expect(findRelation(draft, 'talks', 'gabriel-boric', 'xi-jinping')).toBeUndefined();
    expect(findRelation(draft, 'planned-meeting', 'gabriel-boric', 'xi-jinping')?.date).toBe(
      '2025-03-05',
    );
  });

  it('reads the summit a journey under way is made for as planned', () => {
    const draft = read(
      'Boric made the remarks aboard his flight to Beijing for his first summit talks with Xi Jinping on Wednesday.',
    );
    expect(findRelation(draft, 'planned-meeting', 'gabriel-boric', 'xi-jinping')?.date).toBe(
      '2025-03-05',
    );
  });

  it('reads a visit under "if" as no meeting held', () => {
    const draft = read(
      'Officials said Trump could meet Kim Jong Un if he visits South Korea for the summit.',
    );
    const kinds = draft.relations.map((r) => r.relation.kind);
    expect(kinds).toContain('planned-meeting');
    expect(kinds).not.toContain('meeting');
  });

  it('still reads a meeting asked about with "if" as before', () => {
    const draft = read(
      'Asked if Boric met Xi Jinping in Beijing, the minister declined to comment.',
    );
    expect(findRelation(draft, 'planned-meeting', 'gabriel-boric', 'xi-jinping')).toBeUndefined();
  });

  it('keeps a past weekday for talks told as held', () => {
    const draft = read('Boric held talks with Xi Jinping in Beijing on Wednesday.');
    expect(findRelation(draft, 'talks', 'gabriel-boric', 'xi-jinping')?.date).toBe('2025-02-26');
  });
});
