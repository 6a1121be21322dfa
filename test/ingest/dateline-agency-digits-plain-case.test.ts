// A dateline whose agency has digits in its name ("Reykjavik, Oct. 13 (Wire24) –") is set apart
// like any other: its day is the filing's, so a deed the story tells after "on Monday" takes
// Monday, not the dateline's day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { readPage } from '../../src/ingest/extract/page';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const text = readFileSync(join(FIXTURES, 'dateline-agency-digits-plain-case.txt'), 'utf8');
const draft = ingestArticle(text, EMPTY, { fileName: 'dateline-agency-digits-plain-case.txt' });

describe('a dateline naming an agency with digits', () => {
  it('is set apart from the lead', () => {
    const page = readPage(text);
    expect(page.datelinePlace).toBe('Reykjavik');
    expect(page.removed).toContainEqual({
      kind: 'dateline',
      text: 'Reykjavik, Oct. 13 (Wire24) – ',
    });
  });

  it('leaves the day of the speech to the deeds told after it', () => {
    expect(findRelation(draft, 'criticism', 'ivo-marr', 'norway')?.date).toBe('2026-10-12');
  });
});
