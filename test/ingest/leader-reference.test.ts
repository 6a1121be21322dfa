// "The Chilean leader", after Chilean President Pablo Rivas: the one person named before who acts
// for Chile, as "the Chilean president" is; not Chile itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'leader-reference.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-15',
});

describe("a country's leader named by the country's adjective", () => {
  it('is the person named before who acts for that country', () => {
    expect(findRelation(draft, 'statement', 'pablo-rivas', 'kari-lunde')?.date).toBe('2025-03-14');
    expect(findRelation(draft, 'criticism', 'kari-lunde', 'peru')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'norway', 'peru')).toBeUndefined();
  });
});
