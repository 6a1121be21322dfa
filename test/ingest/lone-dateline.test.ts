// A dateline on a line of its own above the lead ("LIMA") is where the story is filed from,
// no entity; and one of the press named in a list of "media, including …" tells the news.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest/extract/page';
import { FIXTURES, readFixture } from './fixture-reading';

const draft = readFixture('lone-dateline.txt', '2025-03-14');
const labels = draft.entities.map((e) => e.entity.label);

describe('a dateline on a line of its own', () => {
  it('is the page’s dateline, not a place in the story', () => {
    const page = readPage(readFileSync(join(FIXTURES, 'lone-dateline.txt'), 'utf8'));
    expect(page.datelinePlace).toBe('Lima');
    expect(labels).not.toContain('Lima');
  });

  it('and the lead under it is read', () => {
    expect(labels).toEqual(expect.arrayContaining(['Chile', 'Peru']));
    expect(draft.relations.some((r) => r.relation.source === 'chile')).toBe(true);
  });
});

describe('one of the media listed as telling', () => {
  it('is no entity', () => {
    expect(labels).not.toContain('Radio Andes');
  });
});
