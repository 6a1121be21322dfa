// "Chile halted the entry of aid into Peru, and Bolivia accused it of breaking the truce": aid
// whose entry is halted is cut (a sanction), and "it" after the accusing verb is the earlier
// clause's actor, not the place after "into"; "them" is each of that clause's actors.
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

describe('an accusation aimed at a pronoun', () => {
  const draft = readLead(
    'Aid halted',
    'Chile halted the entry of aid into Peru on Sunday, and Bolivia accused it of breaking the truce.',
  );

  it('falls on the earlier clause’s actor', () => {
    expect(findRelation(draft, 'criticism', 'bolivia', 'chile')?.date).toBe('2025-03-02');
    expect(findRelation(draft, 'criticism', 'bolivia', 'peru')).toBeUndefined();
  });

  it('leaves the halted aid a sanction on the one it was meant for', () => {
    expect(findRelation(draft, 'sanction', 'chile', 'peru')?.date).toBe('2025-03-02');
  });

  it('falls on each of them when the pronoun is plural', () => {
    const both = readLead(
      'Talks denounced',
      'Chile met Peru on Monday, and Bolivia accused them of plotting a war.',
    );
    expect(findRelation(both, 'criticism', 'bolivia', 'chile')).toBeDefined();
    expect(findRelation(both, 'criticism', 'bolivia', 'peru')).toBeDefined();
  });
});
