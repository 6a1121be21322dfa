// The day each deed of a crisis story happened, told day by day against the page's date: a
// weekday said of a saying whose words speak of the future, read on short invented articles and
// sentences (the page is dated Friday 14 March).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { findDate } from '../../src/ingest/extract/dates';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

/** A Friday. */
const PUBLISHED = '2025-03-14';

const ingestFile = (name: string, published: string | null = PUBLISHED): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name, published });

const dayOf = (text: string, word?: string) =>
  findDate(text, PUBLISHED, word === undefined ? undefined : text.indexOf(word), null, {
    done: true,
  })?.date ?? null;

describe('the day of a saying about what is ahead', () => {
  it('reads "warned on Tuesday that it will answer" as the Tuesday before the page', () => {
    const draft = ingestFile('p-said-ahead.txt');
    expect(relation(draft, 'threat', 'edda-vorn', 'malta')).toMatchObject({
      date: '2025-03-11',
      dateApproximate: true,
    });
  });

  it('keeps a weekday after "said" in the past, whatever the words said look to', () => {
    expect(dayOf('Renk said on Wednesday that Malta would not accept a ceasefire.')).toBe(
      '2025-03-12',
    );
    expect(dayOf('Renk said Wednesday Malta would retaliate.')).toBe('2025-03-12');
    // a weekday that the clause itself looks ahead to stays ahead
    expect(
      findDate('Malta will hold talks on Wednesday that may end the war.', PUBLISHED)?.date,
    ).toBe('2025-03-19');
  });
});
