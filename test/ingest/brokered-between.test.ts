// "The ceasefire brokered by Iceland between Malta and Norway": the parties follow the broker; the
// accord is theirs and the broker mediates for each. "Denmark accused Sweden of violating a truce
// brokered by Finland": the truce of the two set against each other, mediated for each.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('an accord brokered by a third party, its parties after the broker', () => {
  const draft = readFixture('brokered-between.txt', '2025-03-09');

  it('reads the accord of the two parties named after the broker', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'norway')?.date).toBe('2025-03-09');
  });

  it('reads the broker mediating for each of them', () => {
    expect(findRelation(draft, 'mediation', 'iceland', 'malta')).toBeDefined();
    expect(findRelation(draft, 'mediation', 'iceland', 'norway')).toBeDefined();
  });

  it('reads the broker of a violated truce mediating for both the accuser and the accused', () => {
    expect(findRelation(draft, 'mediation', 'finland', 'denmark')).toBeDefined();
    expect(findRelation(draft, 'mediation', 'finland', 'sweden')).toBeDefined();
  });
});
