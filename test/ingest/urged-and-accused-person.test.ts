// "… after being urged to act by Peruvian President Jo Ruiz": the agent of a passive past the
// verb's own infinitive makes the demand; "Ruiz singled out Tomas Oak, the Chilean envoy,
// accusing him of bias": "him" after an accusing verb is the person named before, not the
// accuser.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

describe('a passive past its infinitive, and an accused "him"', () => {
  it('reads the agent after "urged to act by" as the one who demands', () => {
    const draft = readLead(
      'Oak to act',
      'Chilean President Tomas Oak announced plans to end the conflict after being urged to act by Peruvian President Jo Ruiz during a visit.',
    );
    expect(findRelation(draft, 'demand', 'jo-ruiz', 'tomas-oak')).toBeDefined();
    expect(findRelation(draft, 'demand', 'tomas-oak', 'jo-ruiz')).toBeUndefined();
    const country = readLead('Chile asked', 'Chile was asked to withdraw by Peru on Sunday.');
    expect(findRelation(country, 'demand', 'peru', 'chile')?.date).toBe('2025-03-02');
  });

  it('aims "accusing him of" at the person named before', () => {
    const draft = readLead(
      'Envoy accused',
      'Peruvian President Jo Ruiz rejected the truce on Sunday. The Peruvian leader also singled out Tomas Oak, the Chilean envoy, accusing him of bias.',
    );
    expect(findRelation(draft, 'criticism', 'jo-ruiz', 'tomas-oak')).toBeDefined();
    expect(kindsBetween(draft, 'tomas-oak', 'jo-ruiz')).not.toContain('criticism');
  });
});
