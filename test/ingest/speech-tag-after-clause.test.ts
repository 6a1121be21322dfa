// "Norway had moved a long way on quotas, Iceland's fisheries minister Ivo Marr told journalists
// late on Friday.": a speech tag that closes the sentence after a comma, with no quotation
// marks, says the clause before it: a statement of the speaker on the first actor that clause
// names (not the venue after "in"). Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const name = 'speech-tag-after-clause.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('a speech tag closing an unquoted clause', () => {
  it('reads a statement of the speaker on the actor the clause names', () => {
    const said = draft.relations
      .filter((p) => p.relation.kind === 'statement' && p.relation.source === 'ivo-marr')
      .map((p) => p.relation.target);
    expect(said).toEqual(['norway']);
  });
});
