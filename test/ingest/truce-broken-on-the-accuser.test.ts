// "President Ruiz accused Chile of violating the truce", "Bolivia's defence ministry on Tuesday
// accused Chile of breaching the ceasefire": the truce broken is force used on the accuser's
// country, not on the person or the ministry who tells of it.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('truce-broken-on-the-accuser.txt', '2025-03-04');
const idOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.id;

describe('a truce broken, as the accuser tells it', () => {
  it('falls on the country of a person who tells it', () => {
    expect(findRelation(draft, 'military-action', 'chile', 'peru')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'chile', idOf('Jo Ruiz') ?? '')).toBeUndefined();
  });

  it('falls on the country of a ministry that tells it, a day named between', () => {
    expect(findRelation(draft, 'military-action', 'chile', 'bolivia')).toBeDefined();
    const ministry = idOf('Bolivian Ministry of Defence') ?? '';
    expect(ministry).not.toBe('');
    expect(findRelation(draft, 'military-action', 'chile', ministry)).toBeUndefined();
  });
});
