// "is scheduled to visit Chile", "is due to meet Tomas Oak on Friday": a visit or a meeting set
// for later is a planned meeting, not the purpose of another deed.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a visit or a meeting scheduled', () => {
  const draft = readFixture('scheduled-visit.txt', '2025-03-04');

  it('is planned with the country visited', () => {
    expect(findRelation(draft, 'planned-meeting', 'luis-vale', 'chile')).toBeDefined();
  });

  it('is planned with the one to meet, on the coming day', () => {
    expect(findRelation(draft, 'planned-meeting', 'luis-vale', 'tomas-oak')?.date).toBe(
      '2025-03-07',
    );
  });
});
