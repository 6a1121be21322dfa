// A sentence written in capitals ("FROM THIS DAY ON, ALL GRANTS … WILL BE WITHHELD"), as a
// post is quoted as posted, has no case to tell names by: none of its words is a new entity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'shouted-post.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-10-19',
});

describe('a sentence in capitals', () => {
  it('proposes none of its words as an entity, and the story around it is read', () => {
    expect(draft.entities.map((p) => p.entity.label)).toEqual(['Malta']);
  });
});
