// Names as house styles write them: "Türkiye" (the name Turkey's government uses, which many
// outlets follow) and acronyms written as words ("Nato", "Opec", "Unicef", "Asean"), as British
// and Asian papers print them. Each is the country or body the gazetteer knows.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readFixture } from './fixture-reading';

const name = 'house-styles.txt';
const draft = readFixture(name, '2025-08-08');
const labels = draft.entities.map((p) => p.entity.label);

describe('names in a house style', () => {
  it('"Türkiye" is Turkey, and its ministry the Turkish one', () => {
    expect(labels).toEqual(expect.arrayContaining(['Turkey', 'Turkish Foreign Ministry']));
    expect(kindsBetween(draft, 'turkish-foreign-ministry', 'turkey')).toContain('affiliation');
  });

  it('acronyms written as words are the bodies they name', () => {
    expect(labels).toEqual(
      expect.arrayContaining(['NATO', 'OPEC', 'UNICEF', 'Association of Southeast Asian Nations']),
    );
    expect(labels).not.toContain('Nato');
  });
});
