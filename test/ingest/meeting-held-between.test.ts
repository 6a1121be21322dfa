// "A meeting took place in London on Tuesday between A, B and C", "a meeting was held on
// Wednesday between A and B": the gathering's verb, its place and its day stand between the noun
// and the parties, and each two of those listed met that day.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a meeting that took place or was held between parties named after its day', () => {
  const draft = readFixture('meeting-held-between.txt', '2025-03-05');

  it('reads each two of the three listed after "took place … between" as met on the day', () => {
    for (const [a, b] of [
      ['ana-vell', 'jon-dahl'],
      ['ana-vell', 'kai-saar'],
      ['jon-dahl', 'kai-saar'],
    ] as const) {
      expect(findRelation(draft, 'meeting', a, b)?.date).toBe('2025-03-04');
    }
  });

  it('reads the two countries after "was held on Wednesday between"', () => {
    expect(findRelation(draft, 'meeting', 'malta', 'norway')?.date).toBe('2025-03-05');
  });
});
