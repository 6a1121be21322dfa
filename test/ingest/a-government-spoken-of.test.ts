// "described Ivo Marr's government as a “band of smugglers”": what is said of a government (an
// administration, a regime, a cabinet, a leadership) is said of whose it is; so is what a
// reported clause says of anything else someone owns ("said Marr's economy plan had failed").
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

  it('is said of the owner of what a reported clause opens with', () => {
    expect(kindsBetween(draft, 'kari-lund', 'ivo-marr')).toEqual(['statement']);
  });
});
