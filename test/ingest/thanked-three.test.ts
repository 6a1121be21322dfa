// "thanked Norway, Iceland and the United States": a statement towards each of a list of three,
// the last with its article.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('thanks to a list of three', () => {
  const draft = readFixture('thanked-three.txt', '2025-03-08');

  it('reads a statement towards each one thanked', () => {
    for (const b of ['norway', 'iceland', 'united-states'])
      expect(findRelation(draft, 'statement', 'ana-vell', b)?.date).toBe('2025-03-07');
  });
});
