// A disaster and the help that follows: rescuers sent are aid, a quake that kills is no one's
// attack, and thanks said to two countries are said to each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'quake-aid.txt'), 'utf8'), EMPTY, {
  fileName: 'quake-aid.txt',
});

describe('a disaster and the help that follows', () => {
  it('reads rescuers sent to a country as aid, on their day', () => {
    expect(findRelation(draft, 'aid', 'iceland', 'malta')).toMatchObject({
      label: 'gave aid to',
      date: '2026-08-18',
    });
  });

  it('gives the deaths of "an earthquake killed…" to no actor of the clause before', () => {
    expect(draft.relations.filter((p) => p.relation.kind === 'military-action')).toEqual([]);
  });

  it('reads thanks to "Iceland and Norway" as said to each', () => {
    expect(findRelation(draft, 'statement', 'marco-dela-paz', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'statement', 'marco-dela-paz', 'norway')).toBeDefined();
  });
});
