// A show of force (CAMEO 15): drills or war games held round another's land threaten it, as
// troops massed at its border do; drills held with a partner do not. Missiles and drones
// launched at a side attack it.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('a show of force', () => {
  const draft = readFixture('shows-of-force.txt', '2025-03-03');

  it('reads drills and war games held around or near a country as a threat to it', () => {
    expect(findRelation(draft, 'threat', 'estonia', 'latvia')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'threat', 'lithuania', 'latvia')).toBeDefined();
  });

  it('reads drills surrounding a country, with the target after the participle', () => {
    expect(findRelation(draft, 'threat', 'polish-military', 'latvia')?.date).toBe('2025-02-25');
  });

  it('reads exercises named by a noun with their owner, past an aside that names them', () => {
    expect(findRelation(draft, 'threat', 'finland', 'latvia')).toBeDefined();
    expect(findRelation(draft, 'threat', 'belarus', 'lithuania')?.date).toBe('2025-02-28');
    expect(findRelation(draft, 'threat', 'belarus', 'norway')).toBeUndefined();
  });

  it('reads Taiwan as a side that can be threatened, as its capital speaks for it', () => {
    expect(draft.entities.find((p) => p.entity.id === 'taiwan')?.entity.kind).toBe('country');
    expect(findRelation(draft, 'threat', 'china', 'taiwan')).toBeDefined();
  });

  it('is no threat to the partner of joint drills, nor one only planned', () => {
    expect(findRelation(draft, 'threat', 'finland', 'norway')).toBeUndefined();
    expect(findRelation(draft, 'threat', 'sweden', 'norway')).toBeUndefined();
    expect(findRelation(draft, 'threat', 'belarus', 'latvia')).toBeUndefined();
  });

  it('reads missiles launched at a side as an attack on it, not any launch', () => {
    expect(findRelation(draft, 'military-action', 'malta', 'cyprus')?.date).toBe('2025-03-02');
    expect(draft.relations.filter((p) => p.relation.kind === 'military-action')).toHaveLength(1);
    expect(kindsBetween(draft, 'malta', 'cyprus')).toEqual(['military-action']);
  });
});
