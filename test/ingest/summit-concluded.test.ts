// "A and B concluded their summit", "wrapped up their summit": a summit told as opened, ended or
// held took place, and two leaders holding it met.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'summit-concluded.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-14',
});

describe('a summit told as concluded', () => {
  it('is a meeting of the two leaders on its day', () => {
    expect(findRelation(draft, 'meeting', 'kari-lunde', 'pablo-rivas')?.date).toBe('2025-03-14');
    expect(findRelation(draft, 'meeting', 'ana-soto', 'jon-vega')?.date).toBe('2025-03-10');
  });
});
