// A surname with an apostrophe after its first letter ("O'Brien", "D’Souza") is a name word like
// any other: after a country's possessive, or before "of" and a country, it names the person.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'w-apostrophe-names.txt'), 'utf8'), EMPTY, {
  published: '2025-05-12',
});

describe('a surname with an apostrophe', () => {
  it('names the person, who acts for the country', () => {
    const people = draft.entities.filter((e) => e.entity.kind === 'person');
    expect(people.map((e) => e.entity.label).sort()).toEqual([
      'Ana Vell',
      "Ivo O'Brien",
      'Lia D’Souza',
    ]);
    expect(findRelation(draft, 'affiliation', 'ivo-obrien', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'ivo-obrien', 'malta')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'lia-dsouza', 'malta')).toBeDefined();
    expect(findRelation(draft, 'meeting', 'lia-dsouza', 'ana-vell')).toBeDefined();
  });
});
