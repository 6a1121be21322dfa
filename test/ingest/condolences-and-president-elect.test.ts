// "congratulated Norwegian President-elect Ana Vell": "President-elect" (one token to the tagger)
// is a title like "President"; condolences offered and congratulations extended are said to the
// one named (CAMEO 051).
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('congratulations and condolences', () => {
  const draft = readFixture('condolences-and-president-elect.txt', '2025-10-15');

  it('reads the president-elect as a person of her country, congratulated', () => {
    expect(findRelation(draft, 'statement', 'jon-dahl', 'ana-vell')?.date).toBe('2025-10-13');
  });

  it('reads condolences offered and congratulations extended as statements', () => {
    expect(findRelation(draft, 'statement', 'iceland', 'estonia')?.date).toBe('2025-10-14');
    expect(findRelation(draft, 'statement', 'latvia', 'finland')?.date).toBe('2025-10-13');
  });
});
