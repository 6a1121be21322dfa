// 'Iceland and Norway "have agreed to draw up a joint plan …," a spokesman said': a quotation
// that opens right after its sentence's subject with that subject's verb is the sentence's own
// predicate, so its verb is read (a long quotation's words otherwise are not). Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const name = 'quoted-predicate.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('a quotation that carries its subject’s verb', () => {
  it('reads the agreement of the subjects before it', () => {
    const agreed = draft.relations
      .filter((p) => p.relation.kind === 'agreement')
      .map((p) => [p.relation.source, p.relation.target].sort().join('|'));
    expect(agreed).toEqual(['iceland|norway']);
  });
});
