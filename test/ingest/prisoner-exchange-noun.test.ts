// "A and B carried out a prisoner exchange", "A completed a detainee swap with B": the noun told as
// the object of the deed's verb is the swap of the subjects (or of the subject and who it was with).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'prisoner-exchange-noun.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-23',
});

describe('a prisoner exchange told as a noun', () => {
  it('is cooperation between the two sides who carried it out', () => {
    expect(findRelation(draft, 'cooperation', 'armenia', 'azerbaijan')).toBeDefined();
    expect(findRelation(draft, 'cooperation', 'azerbaijan', 'armenia')).toBeDefined();
    expect(findRelation(draft, 'cooperation', 'peru', 'ecuador')?.date).toBe('2025-05-22');
  });
});
