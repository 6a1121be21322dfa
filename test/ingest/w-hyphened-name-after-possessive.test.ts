// A hyphened given name after a country's possessive ("Iceland's Ana-Maria Holt") names the
// person, who acts for the country: the hyphen between two name words does not break the name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'w-hyphened-name-after-possessive.txt'), 'utf8'),
  EMPTY,
  { published: '2025-05-12' },
);

describe('a hyphened given name after a possessive', () => {
  it('names the person, who acts for the country and does the deed', () => {
    const people = draft.entities.filter((e) => e.entity.kind === 'person');
    expect(people.map((e) => e.entity.label).sort()).toEqual(['Ana-Maria Holt', 'Jon-Erik Sarn']);
    expect(findRelation(draft, 'affiliation', 'ana-maria-holt', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'ana-maria-holt', 'malta')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'jon-erik-sarn', 'malta')).toBeDefined();
  });
});
