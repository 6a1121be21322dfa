// A people named by a noun of its own ("the Danes", "the Poles", "the Swedes"), not the plural
// of its adjective, is its country acting; it was read as an organisation "Danes".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { COUNTRIES, PEOPLE_NOUNS } from '../../src/ingest/extract/gazetteer';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

const name = 'people-nouns.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-10',
});

describe('a people named by a noun of its own', () => {
  it('is its country acting, and no organisation of the noun', () => {
    expect(relation(draft, 'criticism', 'denmark', 'norway')).toBeDefined();
    const labels = draft.entities.map((p) => p.entity.label);
    expect(labels).toEqual(expect.arrayContaining(['Denmark', 'Poland', 'Sweden']));
    expect(labels).not.toContain('Danes');
    expect(labels).not.toContain('Swedes');
  });

  it('comes from a table whose every country the gazetteer knows, under that noun', () => {
    for (const [label, nouns] of PEOPLE_NOUNS) {
      const country = COUNTRIES.find((c) => c.label === label);
      expect(country, label).toBeDefined();
      for (const noun of nouns) expect(country?.names).toContain(noun);
    }
  });
});
