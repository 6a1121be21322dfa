// "a missile launch against Peru" is an attack on Peru, dated as the deed it is listed with; a
// rocket launch for a satellite attacks no one; "has been firing rockets at Ecuador" (a
// progressive the tagger reads as a noun) attacks Ecuador.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('missile-launch.txt', '2025-03-03');

describe('a weapon’s launch against someone', () => {
  it('is an attack on them, on its day', () => {
    expect(findRelation(draft, 'military-action', 'bolivia', 'peru')?.date).toBe('2025-03-02');
  });

  it('and so does firing rockets, told as going on', () => {
    expect(findRelation(draft, 'military-action', 'bolivia', 'ecuador')).toBeDefined();
  });

  it('but a launch for a satellite attacks no one', () => {
    expect(draft.relations.some((r) => r.relation.source === 'chile')).toBe(false);
  });
});
