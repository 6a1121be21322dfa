// "hit back at Malta's claim", "fired back at her counterpart": an answer in words, a criticism
// of the one aimed at (no place after "at"); "hit back at Denmark with missile strikes": force.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('hitting back at someone', () => {
  const draft = readFixture('hit-back-at.txt', '2025-03-08');

  it('reads hitting back at a claim as criticism of its maker', () => {
    expect(findRelation(draft, 'criticism', 'norway', 'malta')?.date).toBe('2025-03-08');
  });

  it('reads firing back at a named counterpart as criticism of that person', () => {
    expect(findRelation(draft, 'criticism', 'kai-saar', 'lars-ozol')?.date).toBe('2025-03-07');
    expect(findRelation(draft, 'military-action', 'kai-saar', 'lars-ozol')).toBeUndefined();
  });

  it('reads hitting back with missile strikes as military action', () => {
    expect(findRelation(draft, 'military-action', 'iceland', 'denmark')?.date).toBe('2025-03-06');
  });
});
