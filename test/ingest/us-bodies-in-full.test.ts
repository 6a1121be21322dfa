// A body named with "US" before its name ("the US Coast Guard") is also known by the country's
// full name ("United States Coast Guard"), so another article, or the graph, writing it in full
// finds the same body.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'us-bodies-in-full.txt'), 'utf8'), EMPTY, {
  fileName: 'us-bodies-in-full.txt',
});
const entity = (label: string) => draft.entities.find((p) => p.entity.label === label)?.entity;

describe('a US body named with "US"', () => {
  it('is also known as the United States one', () => {
    expect(entity('US Coast Guard')?.aliases).toContain('United States Coast Guard');
    expect(entity('US Southern Command')?.aliases).toContain('United States Southern Command');
  });
});
