// The short summary lines a news page sets between its headline and its lead ("Quotas, port fees
// discussed") tell its main event in brief, as the headline does: their deeds take the lead's day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

describe('summary lines above the lead', () => {
  it("date the talks they tell by the lead's day", () => {
    const name = 'd-summary-lines.txt';
    const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
      fileName: name,
      published: '2025-05-09',
    });
    expect(findRelation(draft, 'meeting', 'paul-vella', 'jon-sveinsson')?.date).toBe('2025-05-09');
    const talks = findRelation(draft, 'talks', 'malta', 'iceland');
    expect(talks?.date).toBe('2025-05-09');
    expect(talks?.dateApproximate).toBe(true);
  });
});
