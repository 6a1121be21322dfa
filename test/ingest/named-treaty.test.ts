// "the Northern Waters Treaty", "the Vik Agreement", "the Harbour Accords": a document's name is
// no organisation, and suspending a treaty is no sanction on anyone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'named-treaty.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-08',
});

describe("a treaty's or an agreement's name", () => {
  it('proposes no entity for it', () => {
    const labels = draft.entities.map((e) => e.entity.label);
    for (const label of ['Northern Waters Treaty', 'Vik Agreement', 'Harbour Accords'])
      expect(labels).not.toContain(label);
  });

  it('proposes no relation with it', () => {
    const ends = draft.relations.flatMap((p) => [p.relation.source, p.relation.target]);
    expect(ends.filter((id) => /treaty|agreement|accords/.test(id))).toEqual([]);
  });

  it('still reads the two countries', () => {
    const labels = draft.entities.map((e) => e.entity.label);
    expect(labels).toEqual(expect.arrayContaining(['Malta', 'Iceland']));
  });
});
