// A page stored flattened: date label, header, byline, caption and story run together on one long
// line. The line is cut back into its parts: the date label gives the page's day, the byline and
// the caption with its credit are set apart, and the story after them is read as prose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { readPage } from '../../src/ingest/extract/page';
import { findPageDate } from '../../src/ingest/extract/page-date';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'one-line-page.txt';
const text = readFileSync(join(FIXTURES, name), 'utf8');
const draft = ingestArticle(text, EMPTY, { fileName: name });
const labels = draft.entities.map((e) => e.entity.label);

describe('a page flattened onto one line', () => {
  it('reads the story that follows the caption inside it', () => {
    expect(findRelation(draft, 'agreement', 'norway', 'chile')?.date).toBe('2025-03-14');
    expect(findRelation(draft, 'meeting', 'kari-lunde', 'pablo-rivas')?.date).toBe('2025-03-14');
  });

  it("takes the page's day from the date label before the headline", () => {
    expect(findPageDate(text)).toBe('2025-03-14');
    expect(readPage(text).headline).toMatch(/^World \/ Oceans Norway and Chile Sign/);
  });

  it('proposes nobody from the byline, its stamp or the photo credit', () => {
    for (const label of ['Ola Dahl', 'By Ola Dahl', 'Fjord Wire Staff', 'Posted Mar', 'Ida Berg'])
      expect(labels).not.toContain(label);
    expect(findRelation(draft, 'affiliation', 'kari-lunde', 'norway')).toBeDefined();
  });

  it('leaves a long paragraph of plain prose whole', () => {
    const line = Array.from(
      { length: 8 },
      (_, i) =>
        `Officials in port ${i} said on Monday that the talks by the two sides went on late.`,
    ).join(' ');
    expect(readPage(line).blocks.map((b) => b.text)).toEqual([line]);
  });
});
