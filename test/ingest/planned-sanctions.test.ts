// Sanctions set in motion or planned ("launched a process to reimpose UN sanctions on Chile",
// "plans to impose sanctions on Ecuador") are held out over their target, a threat (CAMEO 13),
// not sanctions imposed; sanctions agreed on are neither.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('planned-sanctions.txt', '2025-03-03');

describe('sanctions set in motion', () => {
  it('are a threat on their target, on the day, and no sanction yet', () => {
    expect(findRelation(draft, 'threat', 'peru', 'chile')?.date).toBe('2025-03-03');
    expect(
      draft.relations.some((r) => r.relation.kind === 'sanction' && r.relation.target === 'chile'),
    ).toBe(false);
  });

  it('and so are sanctions planned', () => {
    expect(findRelation(draft, 'threat', 'bolivia', 'ecuador')).toBeDefined();
  });

  it('but sanctions agreed on are not held out by a threat', () => {
    expect(
      draft.relations.some((r) => r.relation.kind === 'threat' && r.relation.target === 'brazil'),
    ).toBe(false);
  });
});
