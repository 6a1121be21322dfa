// Forces ordered to strike act for the one who gave the order, who is the strike's author too:
// the commander and the forces both strike the target, on the day told. One who only says the
// forces struck is no author of it.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('strikes-ordered.txt', '2025-03-12');

describe('strikes ordered of the forces', () => {
  it('are the commander’s deed as well as the forces’', () => {
    expect(findRelation(draft, 'military-action', 'jo-ruiz', 'red-hand')?.date).toBe('2025-03-08');
    expect(findRelation(draft, 'military-action', 'chilean-military', 'red-hand')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'tomas-oak', 'black-cross')?.date).toBe(
      '2025-03-10',
    );
  });

  it('are no deed of one who only tells of them', () => {
    expect(findRelation(draft, 'military-action', 'ana-sol', 'red-hand')).toBeUndefined();
  });
});
