// "President X" with no country, in an article about one country and no two sides, acts for that
// country; where two sides could each be meant, for no one.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readFixture } from './fixture-reading';

describe('a head of state titled without a country', () => {
  it('acts for the home country of an article about one country', () => {
    const draft = readFixture('home-head-of-state.txt', '2025-03-03');
    expect(kindsBetween(draft, 'karl-camen', 'malta')).toContain('affiliation');
    expect(kindsBetween(draft, 'ana-vell', 'malta')).toContain('affiliation');
    // ("First Vice President Jon Borg": an ordinal before the office changes nothing)
    expect(kindsBetween(draft, 'jon-borg', 'malta')).toContain('affiliation');
    const rule = draft.relations.find((p) => p.relation.source === 'karl-camen')?.rule;
    expect(rule).toBe('title:home-country');
  });

  it('acts for no one where the article has two main sides', () => {
    const draft = readFixture('home-head-two-sides.txt', '2025-03-03');
    // (his call for calm is a demand on both sides; he acts for neither)
    const ties = draft.relations.filter(
      (p) =>
        p.relation.source === 'karl-camen' &&
        ['affiliation', 'represents'].includes(p.relation.kind),
    );
    expect(ties).toEqual([]);
  });
});
