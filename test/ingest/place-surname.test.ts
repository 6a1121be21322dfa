// "Governor Ana Lima", "Senator Tom Jordan": after a title, a surname that is also a capital's or
// a country's name is the person's, not the place's (Lima read as Peru made Peru the speaker).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

const name = 'place-surname.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-10',
});
const labels = draft.entities.map((p) => p.entity.label);

describe('a titled person whose surname names a place', () => {
  it('is the person, and no country is proposed for the surname', () => {
    expect(labels).toEqual(expect.arrayContaining(['Ana Lima', 'Tom Jordan']));
    expect(labels).not.toContain('Peru');
    expect(labels).not.toContain('Jordan');
  });

  it('is the one who speaks', () => {
    expect(relation(draft, 'statement', 'ana-lima', 'latvia')).toBeDefined();
  });
});
