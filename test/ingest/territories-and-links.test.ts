// A kingdom's country with a government of its own ("Greenland's prime minister", "the Faroese
// government") is a country the gazetteer knows; a story link under a paragraph ("RELATED STORY |
// …") is no photo credit, so the paragraph above it stays the article's; "Petro" alone is the
// president the gazetteer knows; a US border agency is a US body.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readFixture } from './fixture-reading';

const name = 'territories-and-links.txt';
const draft = readFixture(name, '2025-03-10');
const kindOf = (label: string) => draft.entities.find((p) => p.entity.label === label)?.entity.kind;

describe('territories, story links and names alone', () => {
  it("a kingdom's country with its own government acts as a country, by name or adjective", () => {
    expect(kindOf('Greenland')).toBe('country');
    expect(kindOf('Faroe Islands')).toBe('country');
    expect(kindsBetween(draft, 'faroe-islands', 'greenland').length).toBeGreaterThan(0);
  });

  it('the paragraph above a story link is read, the link is not', () => {
    expect(draft.sentences.some((s) => s.startsWith("Greenland's prime minister said"))).toBe(true);
    expect(draft.sentences.some((s) => s.includes('RELATED STORY'))).toBe(false);
  });

  it('"Petro" is Gustavo Petro, and a US border agency a US body', () => {
    expect(kindOf('Gustavo Petro')).toBe('person');
    expect(kindsBetween(draft, 'gustavo-petro', 'colombia')).toEqual(['affiliation']);
    expect(kindOf('US Customs and Border Protection')).toBe('organization');
    expect(kindsBetween(draft, 'us-customs-and-border-protection', 'united-states')).toEqual([
      'affiliation',
    ]);
  });
});
