// A flattened page may run a photo credit into the dateline after it ("Jo Roe/AFP via Getty
// ImagesOSLO—Malta and …"): the caption and its credit are set apart, the photographer proposes
// no one, and the sentence after them is read from its dateline on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'glued-credit.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-05',
});

describe('a photo credit glued to the dateline after it', () => {
  it('proposes no photographer', () => {
    expect(draft.entities.map((e) => e.entity.label)).not.toContain('Tove Lind');
  });

  it('reads the sentence after the credit, with no credit in its quote', () => {
    const deal = findRelation(draft, 'agreement', 'malta', 'iceland');
    expect(deal?.date).toBe('2025-05-04');
    expect(deal?.evidence[0]?.quote.startsWith('Malta and Iceland signed')).toBe(true);
  });
});
