// A lower-case title between a country and a person holds no verb: in "Iceland said minister Ana
// Vell had been misquoted", "said minister" is no title of Iceland's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'w-verb-before-lowercase-title.txt'), 'utf8'),
  EMPTY,
  { published: '2025-05-07' },
);

describe('a verb before a lower-case title', () => {
  it('is no word of the title', () => {
    const titled = draft.relations.filter((p) => /\bsaid\b/.test(p.relation.label));
    expect(titled.map((p) => p.relation.label)).toEqual([]);
  });
});
