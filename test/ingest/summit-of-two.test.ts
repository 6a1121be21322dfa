// A summit of two named parties is their meeting: "his summit with X", "the A-B summit"; a summit
// of a bloc with many is not.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a summit of two', () => {
  const draft = readFixture('summit-of-two.txt', '2025-03-03');

  it('is a meeting with the one named after "his summit with"', () => {
    expect(findRelation(draft, 'meeting', 'karl-camen', 'ivo-marr')).toBeDefined();
  });

  it('is a meeting of the two parties a dash joins before it', () => {
    expect(findRelation(draft, 'meeting', 'sweden', 'finland')?.date).toBe('2025-02-25');
  });

  it('is no meeting of a bloc arriving for a summit with officials', () => {
    const meetings = draft.relations.filter(
      (p) => p.relation.kind === 'meeting' && p.relation.source === 'nordic-council',
    );
    expect(meetings).toEqual([]);
  });
});
