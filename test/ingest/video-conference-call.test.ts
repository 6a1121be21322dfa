// "held a video conference with B": a call by video, not a meeting in person.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a video conference', () => {
  const draft = readFixture('video-conference-call.txt', '2025-03-08');

  it('reads a call with the one named, on the day', () => {
    expect(findRelation(draft, 'call', 'ana-vell', 'jon-dahl')?.date).toBe('2025-03-07');
  });
});
