// "China and the United States also offered to assist in negotiations": third parties' help
// with talks others hold is mediation for the main event's two sides, and no talks of the
// helpers' own.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('help offered with negotiations', () => {
  const draft = readFixture('help-offered-with-talks.txt', '2025-03-04');

  it('is mediation of each helper for each side', () => {
    for (const helper of ['china', 'united-states'])
      for (const side of ['peru', 'chile'])
        expect(findRelation(draft, 'mediation', helper, side)).toBeDefined();
  });

  it('is no talks between the helpers', () => {
    expect(kindsBetween(draft, 'china', 'united-states')).toEqual([]);
    expect(draft.entities.filter((e) => e.entity.kind === 'event')).toEqual([]);
  });
});
