// "Iceland's March 3, 2024, attack on Malta", "Norway's Feb. 20 attack on Estonia": the deed's
// date, its month named in full or short and its year set off by commas, stands between the
// owner's possessive and the deed.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('an attack owned by its doer, its date between', () => {
  const draft = readFixture('dated-owned-attack.txt', '2025-03-08');

  it('reads the attack with its full date and year', () => {
    expect(findRelation(draft, 'military-action', 'iceland', 'malta')?.date).toBe('2024-03-03');
  });

  it('reads the attack with a short month name', () => {
    expect(findRelation(draft, 'military-action', 'norway', 'estonia')?.date).toBe('2025-02-20');
  });
});
