// "either country", "either side": one of the article's two sides, whichever, so a threat to
// "either country" is made to both.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('either-country.txt', '2025-03-03');

describe('a threat to either country', () => {
  it('is a threat to each of the two sides', () => {
    expect(findRelation(draft, 'tariff-threat', 'donald-trump', 'peru')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'tariff-threat', 'donald-trump', 'chile')?.date).toBe('2025-03-03');
  });
});
