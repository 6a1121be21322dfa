// The word counts the search index uses to pick a query's narrowest word: exact, prefix and typo
// reach, following entities in and out.
import { describe, expect, it } from 'vitest';
import { createWordCounts } from '../../src/search/word-counts';

describe('createWordCounts', () => {
  it('counts entities per word, per prefix, and lists the words a typo reaches', () => {
    const counts = createWordCounts();
    counts.add(['state', 'visit', '2025']);
    counts.add(['state', 'council']);
    counts.add(['statue']);
    expect(counts.holding('state')).toBe(2);
    expect(counts.holding('stat')).toBe(0);
    expect(counts.withPrefix('stat')).toBe(3);
    expect(counts.withPrefix('zz')).toBe(0);
    expect(counts.near('stete', 1).sort()).toEqual(['state']);
    expect(counts.near('statu', 1).sort()).toEqual(['state', 'statue']);
  });

  it('forgets what is counted out', () => {
    const counts = createWordCounts();
    counts.add(['xinhua', 'news']);
    counts.add(['news']);
    counts.remove(['xinhua', 'news']);
    expect(counts.holding('news')).toBe(1);
    expect(counts.holding('xinhua')).toBe(0);
    expect(counts.withPrefix('x')).toBe(0);
    expect(counts.near('xinhau', 2)).toEqual([]);
  });
});
