// "with Iceland's 2024 invasion of X": the owner of a deed named by a noun does it, whatever
// preposition stands before the owner.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('the owner of a deed after a preposition', () => {
  const draft = readFixture('possessor-of-a-deed.txt', '2025-03-03');

  it('invaded, with a year between the owner and the deed', () => {
    expect(findRelation(draft, 'military-action', 'iceland', 'faroe-islands')).toBeDefined();
  });

  it('struck, after "with"', () => {
    expect(findRelation(draft, 'military-action', 'norway', 'iceland')).toBeDefined();
  });
});
