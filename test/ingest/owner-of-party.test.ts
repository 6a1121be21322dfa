// A country whose possessive opens another actor's name ("between Yemen's Houthi group and
// Chile", "sanctioned Lebanon's Hezbollah") qualifies that actor and is no party; a country's
// port struck is the country struck.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('owner-of-party.txt', '2025-03-03');

describe('an owner of the actor named', () => {
  it('is no party to the truce between them', () => {
    expect(findRelation(draft, 'agreement', 'houthis', 'chile')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'agreement', 'yemen', 'chile')).toBeUndefined();
    expect(findRelation(draft, 'mediation', 'bolivia', 'yemen')).toBeUndefined();
  });

  it('nor the target of sanctions on it', () => {
    expect(findRelation(draft, 'sanction', 'ecuador', 'hezbollah')).toBeDefined();
    expect(findRelation(draft, 'sanction', 'ecuador', 'lebanon')).toBeUndefined();
  });

  it('but a country whose port is struck is struck', () => {
    expect(findRelation(draft, 'military-action', 'chile', 'peru')?.date).toBe('2025-03-02');
  });
});
