// "Iceland's embattled President Jon Lund", "Malta's new Prime Minister Ana Vell": a word or two
// of description between a country's possessive and the title written with the name leave the
// person the country's; and an office holder under the short name news uses ("Mahmoud Youssouf")
// is the one the gazetteer knows.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const name = 'described-titles.txt';
const draft = readFixture(name, '2025-10-14');

describe('a described title after a possessive', () => {
  it("leaves the person the country's, with the title written", () => {
    expect(findRelation(draft, 'affiliation', 'jon-lund', 'iceland')).toMatchObject({
      label: 'is President of',
    });
    expect(findRelation(draft, 'affiliation', 'ana-vell', 'malta')).toMatchObject({
      label: 'is Prime Minister of',
    });
  });

  it('an office holder under a shorter name is the one the gazetteer knows', () => {
    expect(draft.entities.map((p) => p.entity.label)).toContain('Mahmoud Ali Youssouf');
  });
});
