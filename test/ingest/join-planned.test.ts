// "Ruiz will join Andean leaders including Chilean President Tomas Oak for a virtual summit on
// Wednesday": joining someone at a gathering still to come is a meeting planned with them, and
// the people a group of leaders "including" names are those joined.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

describe('joining others at a gathering to come', () => {
  it('is a meeting planned with those the group includes', () => {
    const draft = readLead(
      'Leaders to meet',
      'Peruvian President Jo Ruiz will join Andean leaders including Chilean President Tomas Oak for an emergency virtual summit on Wednesday.',
    );
    expect(findRelation(draft, 'planned-meeting', 'jo-ruiz', 'tomas-oak')?.date).toBe('2025-03-05');
    expect(kindsBetween(draft, 'jo-ruiz', 'tomas-oak')).not.toContain('meeting');
  });

  it('leaves joining a body alone', () => {
    const draft = readLead('Peru to join', 'Peru will join NATO next year.');
    const nato = draft.entities.find((e) => e.entity.label.includes('NATO'))?.entity.id ?? '';
    expect(kindsBetween(draft, 'peru', nato)).not.toContain('planned-meeting');
  });
});
