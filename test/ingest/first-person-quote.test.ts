// A quotation opened by the first person ("“We call upon Peru and Chile to …,” Luis Vale said")
// tells its speaker's own deed: a demand, a condemnation, by the one who speaks it; "called upon"
// is "called on". A quotation with no first person is still only words said.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('first-person-quote.txt', '2025-03-03');

describe('a quotation opened by "We"', () => {
  it('is its speaker’s demand, on the day', () => {
    expect(findRelation(draft, 'demand', 'luis-vale', 'peru')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'demand', 'luis-vale', 'chile')?.date).toBe('2025-03-03');
  });

  it('and a condemnation spoken after a pronoun is its speaker’s', () => {
    expect(findRelation(draft, 'criticism', 'ana-sol', 'chile')?.date).toBe('2025-03-02');
  });

  it('but nobody in a quotation without one acts', () => {
    const cold = draft.sentences.findIndex((s) => s.includes('rooms were cold'));
    expect(cold).toBeGreaterThan(0);
    expect(draft.relations.filter((r) => r.sentence === cold)).toEqual([]);
  });
});
