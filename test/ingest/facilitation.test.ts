// An accord reached "under Bolivian facilitation" is mediated by Bolivia between its parties; a
// "trade facilitation agreement" is an accord, with no mediator in it.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('facilitation.txt', '2025-03-03');

describe('an accord under someone’s facilitation', () => {
  it('is mediated by them between its parties, on the day', () => {
    expect(findRelation(draft, 'agreement', 'peru', 'chile')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'mediation', 'bolivia', 'peru')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'mediation', 'bolivia', 'chile')?.date).toBe('2025-03-03');
  });

  it('but trade facilitation names no mediator', () => {
    expect(findRelation(draft, 'agreement', 'ecuador', 'colombia')).toBeDefined();
    expect(
      draft.relations.some(
        (r) => r.relation.kind === 'mediation' && r.relation.target === 'ecuador',
      ),
    ).toBe(false);
  });
});
