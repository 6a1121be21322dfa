// "welcomed Paz to affirm … a compact agreed upon last month": the month dates the compact, a
// thing the participle after it tells, not the welcome; the welcome keeps the story's day.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a date told of a noun by the participle after it', () => {
  const draft = readFixture('date-of-a-reduced-clause.txt', '2025-03-06');

  it('is not the date of the deed before it', () => {
    const welcome = findRelation(draft, 'meeting', 'luis-vale', 'eva-paz');
    expect(welcome).toBeDefined();
    expect(welcome?.date).not.toBe('2025-02');
    expect(welcome?.date).toBe('2025-03-06');
  });
});
