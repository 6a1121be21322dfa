// The page's own date when nobody gives one: a header line that gives it beside a byline or a
// time, or a dateline that gives its year, read on short invented pages; a sentence that states
// a date is no header.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { findPageDate, headerDate, parseDateLine } from '../../src/ingest/extract/page-date';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

const ingestUndated = (name: string) =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe("the page's date from its header", () => {
  it('reads a byline line with the date as the page date, and resolves weekdays by it', () => {
    const draft = ingestUndated('k-header-date.txt');
    expect(draft.source.published).toBe('2025-05-10');
    expect(relation(draft, 'call', 'latvia', 'estonia')?.date).toBe('2025-05-08');
  });

  it('reads a dateline that gives its year when the page has no other date', () => {
    const draft = ingestUndated('k-dateline-year.txt');
    expect(draft.source.published).toBe('2025-05-10');
  });

  it('reads the date beside a time, a separator or a reading time', () => {
    for (const line of [
      '10 May 2025 • 3 min read',
      'Sat 10 May 2025 09.15 BST',
      'May 10, 2025 / 10:32 AM / Updated 2 hours ago',
      'Nordic Desk The Nordic Press, 10 May, 2025 09:08 AM',
    ])
      expect(headerDate(line), line).toBe('2025-05-10');
    expect(parseDateLine('Published Sat, May 10, 2025 · 08:01 AM')).toBe('2025-05-10');
    expect(parseDateLine('15:00 JST, May 10, 2025')).toBe('2025-05-10');
  });

  it('takes no date from a sentence, nor from a line without a year', () => {
    expect(headerDate('Latvia and Estonia met on May 10, 2025 in Riga.')).toBeNull();
    expect(headerDate('The talks, held on May 10, 2025, at 10:00, ended well.')).toBeNull();
    expect(headerDate('By Anna Berg | May 10')).toBeNull();
    expect(
      findPageDate('A headline\n\nLatvia met Estonia on May 10, 2025, officials said.'),
    ).toBeNull();
    expect(
      findPageDate('A headline\n\nRIGA, May 10 (Nordic Wire) -- Latvia met Estonia.'),
    ).toBeNull();
  });
});
