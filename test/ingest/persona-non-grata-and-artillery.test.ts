// "declared the envoy persona non grata" is an envoy expelled (a sanction, CAMEO 1663), and
// "exchanged heavy artillery" is fire exchanged, as "exchanged fire" is.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('an envoy declared persona non grata', () => {
  const draft = readFixture('persona-non-grata-and-artillery.txt', '2025-03-08');

  it('is expelled by the state that declared it, on the day told', () => {
    const expelled = findRelation(draft, 'sanction', 'chile', 'jo-ruiz');
    expect(expelled?.date).toBe('2025-03-07');
  });
});

describe('artillery exchanged', () => {
  const draft = readFixture('persona-non-grata-and-artillery.txt', '2025-03-08');

  it('is force of each side on the other', () => {
    expect(findRelation(draft, 'military-action', 'peru', 'bolivia')?.date).toBe('2025-03-08');
    expect(findRelation(draft, 'military-action', 'bolivia', 'peru')).toBeDefined();
  });
});
