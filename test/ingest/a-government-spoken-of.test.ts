// "described Ivo Marr's government as a “band of smugglers”": what is said of a government (an
// administration, a regime, a cabinet, a leadership) is said of whose it is; what is said of
// anything else someone owns ("Marr's economy plan") stays no statement about them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'a-government-spoken-of.txt'), 'utf8'),
  EMPTY,
  { fileName: 'a-government-spoken-of.txt' },
);

describe("a statement about someone's government", () => {
  it('is said of the one whose government it is', () => {
    expect(findRelation(draft, 'statement', 'ona-dahl', 'ivo-marr')).toMatchObject({
      date: '2026-10-12',
    });
  });

  it('leaves out what is said of other things someone owns', () => {
    expect(kindsBetween(draft, 'kari-lund', 'ivo-marr')).toEqual([]);
  });
});
