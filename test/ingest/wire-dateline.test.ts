// A wire story filed from two places ("OSLO/REYKJAVIK, Oct 13 (Nordic Wire) - …") with its lines
// hard-wrapped: the dateline is set apart (its first place is the dateline's), and the line it
// opens is the start of the lead, carried on below, not a heading of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { readPage } from '../../src/ingest/extract/page';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const text = readFileSync(join(FIXTURES, 'wire-two-city-dateline.txt'), 'utf8');
const draft = ingestArticle(text, EMPTY, {
  fileName: 'wire-two-city-dateline.txt',
  published: '2026-10-13',
});

describe('a two-place dateline opening a hard-wrapped lead', () => {
  it('sets the dateline apart and joins the lead into one sentence', () => {
    const page = readPage(text);
    expect(page.datelinePlace).toBe('Oslo');
    expect(page.blocks[1]).toMatchObject({ heading: false });
    expect(page.blocks[1]?.text.startsWith("Iceland's Prime Minister Ivo Marr met")).toBe(true);
  });

  it('gives the title at the end of the dateline line to the name on the next line', () => {
    expect(findRelation(draft, 'affiliation', 'ivo-marr', 'iceland')).toBeDefined();
  });

  it('keeps the wire agency out of the actors', () => {
    expect(draft.entities.map((p) => p.entity.label)).not.toContain('Nordic Wire');
  });
});
