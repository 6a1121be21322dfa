// "flew to Oslo to meet X": the purpose of a journey told as made is what was done there; a
// journey still ahead ("will fly to … to meet") is a plan.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('the purpose of a journey', () => {
  const draft = readFixture('journey-purpose.txt', '2025-03-03');

  it('is a meeting held, dated by the journey', () => {
    expect(findRelation(draft, 'meeting', 'ana-vell', 'jon-dahl')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'planned-meeting', 'ana-vell', 'jon-dahl')).toBeUndefined();
  });

  it('reads "to confer with" as talks held', () => {
    expect(findRelation(draft, 'talks', 'piet-borg', 'ivo-marr')).toBeDefined();
  });

  it('stays a plan when the journey is still ahead', () => {
    expect(findRelation(draft, 'planned-meeting', 'karl-camen', 'lena-holm')).toBeDefined();
    expect(findRelation(draft, 'meeting', 'karl-camen', 'lena-holm')).toBeUndefined();
  });
});
