// An official titled without a country, in a story between two countries, who deals with one
// side's people acts for the other side. An invented article, read into an empty graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 's-counterpart.txt'), 'utf8'), EMPTY, {
  fileName: 's-counterpart.txt',
});
const represents = (person: string, country: string) =>
  draft.relations.find(
    ({ relation: r }) => r.kind === 'affiliation' && r.source === person && r.target === country,
  );

describe("a side's counterpart is the other side", () => {
  it('reads "Trade Minister X met Chilean Foreign Minister Y" in a Norway–Chile story as X acting for Norway', () => {
    const found = represents('ola-brekke', 'norway');
    expect(found?.relation.label).toBe('is Trade Minister of');
    expect(found?.confidence).toBeLessThan(0.5); // less sure than a title that names the country
    expect(represents('ola-brekke', 'chile')).toBeUndefined();
  });

  it('reads a call with the other side’s minister the same way', () => {
    expect(represents('kari-lund', 'norway')).toBeDefined();
  });

  it('leaves the country its title gives, and places no one who dealt with both sides', () => {
    expect(represents('rosa-vial', 'chile')?.confidence).toBeGreaterThan(0.5);
    expect(represents('rosa-vial', 'norway')).toBeUndefined();
    expect(represents('per-sand', 'norway')).toBeUndefined();
    expect(represents('per-sand', 'chile')).toBeUndefined();
  });
});
