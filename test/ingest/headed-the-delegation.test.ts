// "Z led the Chilean delegation": the person who leads a country's delegation acts for that
// country, told with the person as the subject of "led" or "headed". Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const name = 'headed-the-delegation.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('a delegation head told as the subject of "led"', () => {
  it('reads the head as acting for the delegation’s country', () => {
    const acts = draft.relations.find(
      (p) => p.relation.kind === 'represents' && p.relation.source === 'rosa-mendez',
    );
    expect(acts?.relation.target).toBe('chile');
  });
});
