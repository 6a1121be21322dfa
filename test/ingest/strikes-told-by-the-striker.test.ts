// A side telling its own strikes: "Pakistan said it launched strikes on Indian bases", "Malta's
// army said it had launched retaliatory strikes on …": the one "it" stands for struck, though a
// saying verb stands between it and the strikes.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetweenLabels, readLead } from './fixture-reading';

describe('strikes a side says it launched', () => {
  it('are the side’s', () => {
    const draft = readLead(
      'Strikes launched',
      'Chile said it launched strikes on Peruvian military bases on Saturday.',
      'SANTIAGO',
    );
    expect(findRelation(draft, 'military-action', 'chile', 'peru')?.date).toBe('2025-03-01');
  });

  it('are its army’s when its army says so', () => {
    const draft = readLead(
      'Strikes launched',
      "Chile's army said it had launched retaliatory strikes on Peruvian military bases on Saturday.",
      'SANTIAGO',
    );
    expect(kindsBetweenLabels(draft, 'Chilean military', 'Peru')).toContain('military-action');
  });

  it('are the other side’s when the sayer names it', () => {
    const draft = readLead(
      'Strikes reported',
      'Chile said Peru carried out strikes on its bases on Saturday.',
      'SANTIAGO',
    );
    expect(findRelation(draft, 'military-action', 'peru', 'chile')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'chile', 'peru')).toBeUndefined();
  });
});
