// A sentence of the story right above a caption that carries its own credit ("A girl walks past
// tents. Photo by Jo Roe / AFP via Getty Images") is prose, not a caption of that credit; a link's
// text with a screen reader's hint (", opens new tab") is the page's furniture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { readPage } from '../../src/ingest/extract/page';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'caption-below-prose.txt';
const text = readFileSync(join(FIXTURES, name), 'utf8');
const draft = ingestArticle(text, EMPTY, { fileName: name, published: '2025-10-20' });
const labels = draft.entities.map((e) => e.entity.label);

describe('a caption below a sentence of the story', () => {
  it('leaves the sentence above it in the story', () => {
    expect(labels).toContain('Evika Siliņa');
    const prose = readPage(text).blocks.map((b) => b.text);
    expect(prose.some((p) => p.startsWith('Latvian Prime Minister'))).toBe(true);
  });

  it('sets the caption and the link hint apart', () => {
    const prose = readPage(text)
      .blocks.map((b) => b.text)
      .join(' ');
    expect(prose).not.toContain('displaced girl');
    expect(prose).not.toContain('Trust Principles');
  });
});
