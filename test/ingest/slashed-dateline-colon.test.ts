// A dateline of several places in plain case split by slashes, closed by a colon ("Lima/Santiago/
// La Paz, November 8 (Andes Wire): …") is set apart like any other: its day is the filing's, so
// talks that "concluded on Friday" took Friday, not the dateline's day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { readPage } from '../../src/ingest/extract/page';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'slashed-dateline-colon.txt';
const text = readFileSync(join(FIXTURES, name), 'utf8');
const draft = ingestArticle(text, EMPTY, { fileName: name, published: '2025-11-08' });

describe('a slashed dateline closed by a colon', () => {
  it('is set apart from the lead, its first place the dateline’s', () => {
    expect(readPage(text).datelinePlace).toBe('Lima');
  });

  it('leaves the day of the talks to the words that tell it', () => {
    expect(findRelation(draft, 'talks', 'chile', 'peru')?.date).toBe('2025-11-07');
  });
});
