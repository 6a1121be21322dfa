// "accused Iceland of drone attacks on Denmark": the one accused is the verb's own object, right
// after it, not the country the attacks fell on. Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const name = 'accused-of-attacks-on.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('an accusation of deeds on a third party', () => {
  it('falls on the accused, not on the victim', () => {
    const accused = draft.relations
      .filter((p) => p.relation.kind === 'criticism' && p.relation.source === 'norway')
      .map((p) => p.relation.target);
    expect(accused).toEqual(['iceland']);
  });
});
