// Companies a story acts on are organisations the gazetteer knows ("Peru banned Huawei", "sanctions
// on Gazprom Neft"), a sea feature is a place ("Grau Shoal"), and the US commands and Congress go
// by their own names.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('companies-and-features.txt', '2025-03-04');
const kindOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.kind;

describe('companies, sea features and US bodies', () => {
  it('reads a well-known company as an organisation the story acts on', () => {
    expect(kindOf('Huawei')).toBe('organization');
    expect(kindOf('Gazprom Neft')).toBe('organization');
    expect(findRelation(draft, 'sanction', 'peru', 'huawei')).toBeDefined();
  });

  it('reads a shoal as a place, not a person', () => {
    expect(kindOf('Grau Shoal')).toBe('place');
  });

  it('names US bodies as the gazetteer does', () => {
    expect(kindOf('US Africa Command')).toBe('organization');
    expect(kindOf('US House of Representatives')).toBe('organization');
  });
});
