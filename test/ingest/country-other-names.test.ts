// A country named by another of its names ("Türkiye", "the Islamic Emirate of Afghanistan") is
// the country, under its usual label, and keeps the name the article used as an alias, so a
// search for either finds it.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('country-other-names.txt', '2025-03-12');
const entity = (id: string) => draft.entities.find((e) => e.entity.id === id)?.entity;

describe('a country under another of its names', () => {
  it('is the country, keeping that name as an alias', () => {
    expect(entity('turkey')?.kind).toBe('country');
    expect(entity('turkey')?.aliases).toContain('Türkiye');
  });

  it('is the country in the talks it takes part in', () => {
    expect(entity('afghanistan')?.aliases).toContain('Islamic Emirate of Afghanistan');
    expect(findRelation(draft, 'talks', 'pakistan', 'afghanistan')?.date).toBe('2025-03-12');
    expect(draft.entities.some((e) => e.entity.label.startsWith('Islamic Emirate'))).toBe(false);
  });
});
