// "Norway hit Iceland with drones and missiles", "hit Latvian military bases": force, told by the
// weapons after "with" or the military target hit, though no weapon is the subject; "hit
// Denmark with tariffs" is no force.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('hitting a side with force', () => {
  const draft = readFixture('hit-with-force.txt', '2025-03-06');

  it('reads hitting a country with drones and missiles as military action', () => {
    expect(findRelation(draft, 'military-action', 'norway', 'iceland')?.date).toBe('2025-03-05');
  });

  it('reads hitting military bases as military action on their country', () => {
    expect(findRelation(draft, 'military-action', 'estonia', 'latvia')?.date).toBe('2025-03-04');
  });

  it('reads hitting with tariffs as no military action', () => {
    expect(kindsBetween(draft, 'finland', 'denmark')).not.toContain('military-action');
  });
});
