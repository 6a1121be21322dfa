// A regulator's fine and what follows it, in words the conflict and trade rules did not read:
// "fined" (the lemmatizer's "fin"), "sued", "lambasted", "backed", "targeting American firms"
// (no force), "the authority" for the one body named before whose name ends in that word, and a
// second verb after "and" that keeps the first verb's subject.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'regulator-fine.txt'), 'utf8'), EMPTY, {
  fileName: 'regulator-fine.txt',
});
const authority = 'maltese-competition-authority';

describe("a regulator's fine", () => {
  it('is a sanction on the company, on its day', () => {
    expect(findRelation(draft, 'sanction', authority, 'velocom-inc')).toMatchObject({
      label: 'fined',
      date: '2026-09-08',
    });
  });

  it('is answered by criticism of "the authority", the body named before', () => {
    expect(findRelation(draft, 'criticism', 'dan-okafor', authority)).toBeDefined();
    expect(findRelation(draft, 'criticism', 'velocom-inc', authority)?.label).toBe('sued');
  });

  it('keeps the accuser as the one who "said" in the same sentence', () => {
    const said = draft.relations.filter((p) => p.relation.kind === 'statement');
    expect(said.map((p) => p.relation.source)).not.toContain(authority);
  });

  it('reads "targeting American firms" as no attack', () => {
    expect(draft.relations.filter((p) => p.relation.kind === 'military-action')).toEqual([]);
  });

  it('labels support and criticism with their own verbs', () => {
    expect(findRelation(draft, 'statement', 'iceland', authority)?.label).toBe('backed');
    expect(findRelation(draft, 'criticism', 'orbix-ltd', 'velocom-inc')?.label).toBe('lambasted');
  });
});
