// "It also imposed …", "It has rejected …": "It" opening a sentence past an adverb or an
// auxiliary is the body the sentence before opened with; "It is believed that …" is about nobody.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('it-past-adverb.txt', '2025-07-02');

describe('"It" past an adverb', () => {
  it('is the country the sentence before opened with', () => {
    expect(findRelation(draft, 'sanction', 'chile', 'ecuador')?.date).toBe('2025-07-01');
  });

  it('an empty "it" with a form of "be" names nobody', () => {
    const last = draft.sentences.length - 1;
    expect(draft.relations.filter((r) => r.sentence === last)).toEqual([]);
  });
});
