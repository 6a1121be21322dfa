// "spoke to both foreign ministers": "both" and a plural title name the people of each of the
// article's two sides; a call with each side.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe("a call with both sides' ministers", () => {
  const draft = readFixture('spoke-to-both-ministers.txt', '2025-03-06');

  it('reads a call with each of the two sides on the day', () => {
    expect(findRelation(draft, 'call', 'eva-berg', 'malta')?.date).toBe('2025-03-06');
    expect(findRelation(draft, 'call', 'eva-berg', 'norway')?.date).toBe('2025-03-06');
  });
});
