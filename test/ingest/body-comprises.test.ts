// "The Andean Group comprises Peru, Chile, Bolivia and Ecuador", "the group, made up of Peru and
// Chile, …": each country a body's verb of composition lists is its member, a standing state with
// no day of its own.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

const groupId = (draft: ReturnType<typeof readLead>) =>
  draft.entities.find((e) => e.entity.label === 'Andean Group')?.entity.id ?? 'none';

describe('a body and what it comprises', () => {
  it('makes each country listed after "comprises" a member', () => {
    const draft = readLead(
      'The group',
      'The Andean Group comprises Peru, Chile, Bolivia, and Ecuador.',
    );
    for (const member of ['peru', 'chile', 'bolivia', 'ecuador'])
      expect(findRelation(draft, 'member-of', member, groupId(draft))).toBeDefined();
  });

  it('reads "made up of" in an aside, undated though the sentence tells a day', () => {
    const draft = readLead(
      'The group',
      'The Andean Group, made up of Peru and Chile, met on Sunday.',
    );
    const member = findRelation(draft, 'member-of', 'chile', groupId(draft));
    expect(member).toBeDefined();
    expect(member?.date).toBeUndefined();
  });

  it('makes no member of a country a body’s plan includes', () => {
    const draft = readLead('The group', "The Andean Group's plan includes Peru and Chile.");
    expect(kindsBetween(draft, 'peru', groupId(draft))).not.toContain('member-of');
  });
});
