// A paper signed is an accord: "a memorandum of understanding was signed between A and B", "A and
// B signed a memorandum"; "a declaration of war" is none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'signed-declaration.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-10',
});

describe('a declaration or a memorandum signed', () => {
  it('reads "was signed between A and B" as their agreement, on its day', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'northern-front')?.date).toBe('2025-05-09');
  });

  it('reads "A and B signed a memorandum" as their agreement', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'iceland')).toBeDefined();
  });

  it('reads no agreement in "a declaration of war"', () => {
    const quotes = draft.relations
      .filter((p) => p.relation.kind === 'agreement')
      .flatMap((p) => p.relation.evidence.map((e) => e.quote));
    expect(quotes.filter((q) => q.includes('declaration of war'))).toEqual([]);
  });
});
