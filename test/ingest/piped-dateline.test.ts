// A lead opened by a dateline set off by bars ("OSLO, NORWAY | Nordic Wire | Envoys of …"):
// the lead is the article's first paragraph, not a line of credits, and its place and wire are
// the dateline; a credit line with bars stays a credit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { readPage } from '../../src/ingest/extract/page';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'piped-dateline.txt';
const text = readFileSync(join(FIXTURES, name), 'utf8');
const draft = ingestArticle(text, EMPTY, { fileName: name, published: '2025-05-17' });

describe('a dateline set off by bars', () => {
  it('opens the lead, which is read with its day', () => {
    const page = readPage(text);
    expect(page.datelinePlace).toBe('Oslo');
    expect(page.blocks[0]?.text.startsWith('Envoys of Chile and Peru')).toBe(true);
    expect(findRelation(draft, 'meeting', 'chile', 'peru')?.date).toBe('2025-05-16');
  });

  it('leaves a photo credit with bars among the credits', () => {
    const page = readPage(text);
    expect(page.removed.map((r) => r.text)).toContain('Photo: Jo Roe | Nordic Wire');
    expect(draft.entities.map((e) => e.entity.label)).not.toContain('Nordic Wire');
  });
});
