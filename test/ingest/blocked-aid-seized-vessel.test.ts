// "blocked aid deliveries to Norway": aid kept out is no aid given; "seized a Latvian fishing
// vessel": force used on another's craft; "impounded a Swedish tanker": property taken (CAMEO 171).
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('aid blocked, a vessel seized, a tanker impounded', () => {
  const draft = readFixture('blocked-aid-seized-vessel.txt', '2025-03-08');

  it('reads no aid where aid was blocked', () => {
    expect(kindsBetween(draft, 'malta', 'norway')).not.toContain('aid');
  });

  it("reads the navy's seizure of a vessel as force on the vessel's country", () => {
    const navy = draft.entities.find((e) => e.entity.label === 'Estonian Navy');
    expect(navy).toBeDefined();
    const seized = findRelation(draft, 'military-action', navy?.entity.id ?? '', 'latvia');
    expect(seized?.date).toBe('2025-03-06');
  });

  it('reads the impounded tanker as a sanction on its country', () => {
    expect(findRelation(draft, 'sanction', 'finland', 'sweden')?.date).toBe('2025-03-05');
  });
});
