// "Colonel Jon Dahl detained President Ana Vell": a head of state detained is coerced by the one
// who detained them (a coup's arrest); an opposition leader arrested at home stays no party.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('a president detained', () => {
  const draft = readFixture('president-detained.txt', '2025-10-15');

  it('reads the detention of the president as a sanction by the colonel, on the day', () => {
    expect(findRelation(draft, 'sanction', 'jon-dahl', 'ana-vell')?.date).toBe('2025-10-14');
  });

  it("reads no party in an arrest of one's own opposition leader", () => {
    expect(kindsBetween(draft, 'malta', 'eva-berg')).not.toContain('sanction');
  });
});
