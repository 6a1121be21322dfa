// A diplomatic row told in the words news uses for it: an ambassador recalled and diplomats
// expelled (relations cut), a travel ban imposed (a sanction), people shot dead by a country's
// border guards (force), and an agreement whose label keeps its verb's particle ("set up").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'diplomatic-row.txt'), 'utf8'), EMPTY, {
  fileName: 'diplomatic-row.txt',
});

describe('a diplomatic row', () => {
  it('reads an ambassador recalled as relations cut with the host country, on its day', () => {
    expect(findRelation(draft, 'sanction', 'iceland', 'malta')).toMatchObject({
      label: 'recalled its envoy from',
      date: '2026-03-03',
    });
  });

  it("reads people shot dead by a country's border guards as that country's force", () => {
    expect(findRelation(draft, 'military-action', 'malta', 'iceland')).toBeDefined();
  });

  it('reads a travel ban imposed on officials as a sanction on their country', () => {
    expect(findRelation(draft, 'sanction', 'malta', 'iceland')).toBeDefined();
  });

  it('reads "prompting X to expel" as an expulsion done, by X', () => {
    expect(findRelation(draft, 'sanction', 'latvia', 'malta')).toBeDefined();
  });

  it("labels an agreement with its verb's particle", () => {
    expect(findRelation(draft, 'agreement', 'tomas-kell', 'jon-ruud')?.label).toBe(
      'agreed to set up a joint investigation with',
    );
  });
});
