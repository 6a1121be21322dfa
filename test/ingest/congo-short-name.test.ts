// "Congo" and "Congolese" alone are the Democratic Republic of the Congo, as the wires write them;
// its neighbour is named in full ("the Republic of Congo").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'congo-short-name.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-13',
});
const DRC = 'democratic-republic-of-the-congo';

describe('"Congo" as the wires write it', () => {
  it('reads "Congo" as the Democratic Republic of the Congo, a party to the accord', () => {
    expect(findRelation(draft, 'agreement', DRC, 'angola')?.date).toBe('2025-03-11');
  });

  it('reads "Congolese foreign minister" as acting for it', () => {
    expect(findRelation(draft, 'affiliation', 'amani-lukusa', DRC)).toBeDefined();
  });

  it('keeps "the Republic of Congo" its own country', () => {
    const labels = draft.entities.map((e) => e.entity.label);
    expect(labels).toContain('Republic of the Congo');
  });
});
