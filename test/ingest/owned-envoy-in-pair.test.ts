// "a meeting between Paz and Vale's special envoy Jo Ruiz": the envoy is the one met, not the
// one whose envoy he is, in the relation and in the event the sentence tells.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe("a pair named with an owner's titled person", () => {
  const draft = readFixture('owned-envoy-in-pair.txt', '2025-03-03');

  it('is the person, not the owner', () => {
    expect(findRelation(draft, 'meeting', 'eva-paz', 'jo-ruiz')?.date).toBe('2025-03-03');
    expect(kindsBetween(draft, 'eva-paz', 'luis-vale')).not.toContain('meeting');
  });

  it('makes the envoy a participant of the event', () => {
    const event = draft.entities.find((e) => e.entity.kind === 'event');
    const joined = draft.relations
      .filter((p) => p.relation.kind === 'participant' && p.relation.target === event?.entity.id)
      .map((p) => p.relation.source);
    expect(joined).toEqual(expect.arrayContaining(['eva-paz', 'jo-ruiz']));
    expect(joined).not.toContain('luis-vale');
  });
});
