// "A further meeting is set to be held in Bergen next month": a gathering set for later ("is
// set to", "will be held") that names no party is the next one of the article's two sides, and
// its venue is none of them. Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const name = 'next-round-of-sides.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('a next meeting that names no party', () => {
  it('is a planned meeting of the two sides', () => {
    const planned = draft.relations
      .filter((p) => p.relation.kind === 'planned-meeting')
      .map((p) => [p.relation.source, p.relation.target].sort().join('|'));
    expect(planned).toEqual(['iceland|norway']);
  });
});
