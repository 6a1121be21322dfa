// "The Front released three hostages on Saturday in exchange for 90 prisoners held by Peru":
// captives given back for what another side holds go to that side.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

describe('a release in exchange for prisoners', () => {
  it('gives the captives back to the side that holds the prisoners traded for them', () => {
    const draft = readLead(
      'Hostages freed',
      'The Shining Path released three hostages on Saturday in exchange for 90 prisoners held by Peru.',
    );
    const path = draft.entities.find((e) => e.entity.label === 'Shining Path')?.entity.id ?? '';
    expect(findRelation(draft, 'cooperation', path, 'peru')?.date).toBe('2025-03-01');
  });

  it('reads no side from a trade that names no holder', () => {
    const draft = readLead(
      'Hostages freed',
      'Peru welcomed the talks. The Shining Path released three hostages in exchange for food.',
    );
    const path = draft.entities.find((e) => e.entity.label === 'Shining Path')?.entity.id ?? '';
    expect(kindsBetween(draft, path, 'peru')).not.toContain('cooperation');
  });
});
