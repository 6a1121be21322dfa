// "Dahl also met Eva Berg and invited Vell to visit Oslo later this year": the year belongs to
// the invitation, the verb phrase joined by "and"; the meeting before it takes the story's day.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a time told in a later verb phrase joined by "and"', () => {
  const draft = readFixture('joined-clause-own-time.txt', '2025-06-12');

  it("dates the meeting by the story's day, not by the invitation's year", () => {
    expect(findRelation(draft, 'meeting', 'jon-dahl', 'eva-berg')?.date).toBe('2025-06-12');
  });
});
