// "The call comes ahead of Friday's summit in Lima between A and B", "the summit between A and
// B ended": a summit named with its two parties after "between" (past the place it is held in)
// is their meeting, planned where it is still ahead ("ahead of Friday's summit").
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

describe('a summit between two', () => {
  it('is their meeting, past the place it is held in', () => {
    const draft = readLead(
      'Summit ends',
      'The summit in Lima between Peruvian President Jo Ruiz and Chilean President Tomas Oak ended on Friday.',
    );
    expect(findRelation(draft, 'meeting', 'jo-ruiz', 'tomas-oak')?.date).toBe('2025-02-28');
  });

  it('is planned when it is still ahead', () => {
    const draft = readLead(
      'Call before summit',
      "The call comes ahead of Friday's summit in Lima between Peruvian President Jo Ruiz and Chilean President Tomas Oak.",
    );
    expect(findRelation(draft, 'planned-meeting', 'jo-ruiz', 'tomas-oak')?.date).toBe('2025-03-07');
    expect(kindsBetween(draft, 'jo-ruiz', 'tomas-oak')).not.toContain('meeting');
  });
});
