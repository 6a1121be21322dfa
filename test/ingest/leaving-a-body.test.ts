// Leaving a body ("withdrew from", "their withdrawal from", "quit", "pulled out of") is rejecting
// it; troops withdrawn from a country are no rejection of the country.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('leaving a body', () => {
  const draft = readFixture('leaving-a-body.txt', '2025-03-03');

  it('is a rejection of it by each side that leaves, on the day given', () => {
    for (const side of ['norway', 'sweden', 'finland'])
      expect(findRelation(draft, 'rejection', side, 'nordic-council')?.date).toBe('2025-03-03');
  });

  it('reads "quit" and "pulled out of" too', () => {
    expect(findRelation(draft, 'rejection', 'iceland', 'arctic-council')).toBeDefined();
    expect(findRelation(draft, 'rejection', 'malta', 'world-health-organization')).toBeDefined();
  });

  it('is no rejection of a country troops are withdrawn from', () => {
    expect(findRelation(draft, 'rejection', 'norway', 'latvia')).toBeUndefined();
  });
});
