// A verb of force whose reason or means is a deed of no force ("attacked Chile for meeting…",
// "ambushed her by playing a video") attacks in words; a quoted word before its noun qualifies
// it; force whose means is force ("by shelling") stays a military action.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('force-words-with-reasons.txt', '2025-04-09');

describe('force verbs used of words', () => {
  it('an attack for a deed of no force is criticism', () => {
    expect(findRelation(draft, 'criticism', 'tomas-oak', 'chile')?.date).toBe('2025-04-08');
    expect(findRelation(draft, 'military-action', 'tomas-oak', 'chile')).toBeUndefined();
  });

  it('an ambush by playing a video is criticism, not force', () => {
    expect(findRelation(draft, 'criticism', 'jo-ruiz', 'ana-sol')?.date).toBe('2025-04-09');
    expect(findRelation(draft, 'military-action', 'jo-ruiz', 'ana-sol')).toBeUndefined();
  });

  it('a quoted qualifier is no attack', () => {
    expect(findRelation(draft, 'military-action', 'ana-sol', 'bolivia')).toBeUndefined();
  });

  it('an attack carried out by shelling stays a military action', () => {
    expect(findRelation(draft, 'military-action', 'peru', 'chile')?.date).toBe('2025-04-07');
  });
});
