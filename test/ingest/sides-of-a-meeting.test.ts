// Two people acting for two countries who meet, hold talks or speak by phone: their countries do
// too, proposed less surely; two people of one country make no dealing of it with itself.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('the sides of a meeting of two people', () => {
  const draft = readFixture('sides-of-a-meeting.txt', '2025-03-03');

  it('meet too, on the same day, less surely', () => {
    const proposal = draft.relations.find(
      (p) => p.relation.kind === 'meeting' && p.rule === 'ties:sides-of-dealing',
    );
    expect(proposal?.relation).toMatchObject({ date: '2025-03-03', directed: false });
    expect([proposal?.relation.source, proposal?.relation.target].sort()).toEqual([
      'malta',
      'norway',
    ]);
    expect(proposal?.confidence).toBeLessThan(
      draft.relations.find((p) => p.rule === 'pattern:meeting')?.confidence ?? 0,
    );
  });

  it('are no dealing of a country with itself', () => {
    expect(draft.relations.filter((p) => p.relation.source === p.relation.target)).toEqual([]);
    expect(findRelation(draft, 'call', 'malta', 'malta')).toBeUndefined();
  });
});
