// A page that gives no date of its own: a day written without its year ("On June 27") takes the
// year of the article's own full dates ("April 25, 2025"); a weekday, which needs the day the
// article was written, stays undated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'no-page-date.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('a page with no date of its own', () => {
  it('has no publication date', () => {
    expect(draft.source.published).toBeNull();
  });

  it('dates a day without a year by the year of the full dates in the text', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2025-06-27');
  });

  it('leaves a weekday undated', () => {
    const meeting = findRelation(draft, 'meeting', 'iceland', 'malta');
    expect(meeting?.date).toBeUndefined();
  });
});
