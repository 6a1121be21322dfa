// "the government" in an article about one country is that country's state; in an article with
// two main sides it could be either, and is no one.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('"the government"', () => {
  it('is the home country of an article about one country', () => {
    const draft = readFixture('home-government.txt', '2025-03-03');
    expect(findRelation(draft, 'demand', 'norway', 'malta')).toBeDefined();
  });

  it('is no one where the article has two main sides', () => {
    const draft = readFixture('home-government-two-sides.txt', '2025-03-03');
    const demands = draft.relations.filter((p) => p.relation.kind === 'demand');
    expect(demands).toEqual([]);
  });
});
