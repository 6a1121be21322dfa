// A war of an army and an armed group, told as the news tells it: ground retaken from the group
// ("retook the city of Arica from the Andes Front", a verb the tagger does not know), weapons
// whose user a participle names ("Drones launched by the Front hit the port"), and a proposal
// named by who leads it ("rejected a US-led truce proposal").
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetweenLabels, readLead } from './fixture-reading';

describe('ground retaken', () => {
  it('is force on the one it was taken from', () => {
    for (const told of [
      'The Chilean army retook the city of Arica from the paramilitary Andes Front on Sunday.',
      'The Chilean army said on Sunday it had retaken the city of Arica from the paramilitary Andes Front.',
    ]) {
      const draft = readLead('Arica retaken', told, 'SANTIAGO');
      expect(kindsBetweenLabels(draft, 'Chilean military', 'Andes Front')).toContain(
        'military-action',
      );
    }
  });
});

describe('weapons whose user a participle names', () => {
  it('make that user the striker', () => {
    const draft = readLead(
      'Port hit',
      'Drones launched by Peru hit the port of Arica in Chile on Wednesday.',
      'SANTIAGO',
    );
    expect(findRelation(draft, 'military-action', 'peru', 'chile')?.date).toBe('2025-02-26');
  });
});

describe('a proposal named by who leads it', () => {
  it('is turned down against that side', () => {
    const draft = readLead('Truce refused', 'Chile rejected a US-led truce proposal on Sunday.');
    expect(findRelation(draft, 'rejection', 'chile', 'united-states')?.date).toBe('2025-03-02');
  });

  it('is no rejection of a side only hyphened to something else', () => {
    const draft = readLead(
      'Border plan',
      'Chile rejected the plan on Sunday, citing US-led sanctions on its ports.',
    );
    expect(findRelation(draft, 'rejection', 'chile', 'united-states')).toBeUndefined();
  });
});
