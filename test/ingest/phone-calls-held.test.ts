// "held phone calls with A and B": "calls" after "phone" is the noun the tagger reads as a verb;
// a call with each of those named.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('phone calls held with two people', () => {
  const draft = readFixture('phone-calls-held.txt', '2025-03-08');

  it('reads a call with each, on the day', () => {
    expect(findRelation(draft, 'call', 'eva-berg', 'ana-vell')?.date).toBe('2025-03-07');
    expect(findRelation(draft, 'call', 'eva-berg', 'jon-dahl')?.date).toBe('2025-03-07');
  });
});
