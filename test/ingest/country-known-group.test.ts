// A group the gazetteer knows, named after its country's possessive ("Lebanon's Hezbollah"), is
// the group, acting on its own and tied to the country; not the country acting, which it became
// once the group was known to the draft and the sentence was read again.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe("a known group after its country's possessive", () => {
  const draft = readFixture('country-known-group.txt', '2025-03-03');

  it('is the one that acts, not its country', () => {
    expect(findRelation(draft, 'military-action', 'hezbollah', 'israel')?.date).toBe('2025-03-02');
    expect(findRelation(draft, 'military-action', 'lebanon', 'israel')).toBeUndefined();
    expect(findRelation(draft, 'military-action', 'houthis', 'israel')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'military-action', 'yemen', 'israel')).toBeUndefined();
  });

  it('is tied to the country', () => {
    expect(findRelation(draft, 'affiliation', 'hezbollah', 'lebanon')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'houthis', 'yemen')).toBeDefined();
  });
});
