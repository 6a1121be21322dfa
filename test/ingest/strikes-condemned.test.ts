// Whom a deed told by its agent's adjective fell on: a side that says "the Estonian strikes
// killed 12 people" tells of strikes on itself, but one that condemns them need not have been
// struck; strikes on a group's positions in a country fall on the country too; "targets" after
// a name are what is struck, not a deed of the name.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('strikes told by their agent', () => {
  const draft = readFixture('strikes-condemned.txt', '2025-03-03');
  const attacked = (a: string) =>
    draft.relations
      .filter((p) => p.relation.kind === 'military-action' && p.relation.source === a)
      .map((p) => p.relation.target)
      .sort();

  it('fell on the side that tells of them, not on those that condemn them', () => {
    expect(attacked('estonia')).toEqual(['latvia']);
    expect(findRelation(draft, 'criticism', 'finland', 'estonia')).toBeDefined();
  });

  it('fell on the country the struck positions are in', () => {
    expect(attacked('norway')).toEqual(['harbour-front', 'iceland']);
  });

  it('reads no deed of the group whose targets were struck', () => {
    expect(attacked('harbour-front')).toEqual([]);
    expect(attacked('denmark')).toEqual(['harbour-front', 'iceland']);
  });
});
