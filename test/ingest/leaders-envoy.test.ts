// "Prime Minister Ivo Marr's special envoy, Ona Dahl, said she met with …": the envoy acts for
// the country the leader whose envoy she is acts for, and "she" is the envoy, not the leader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'leaders-envoy.txt'), 'utf8'), EMPTY, {
  fileName: 'leaders-envoy.txt',
});

describe("a leader's envoy", () => {
  it("acts for the leader's country, with the title the sentence gives", () => {
    expect(findRelation(draft, 'affiliation', 'ona-dahl', 'iceland')).toMatchObject({
      label: 'is special envoy of',
    });
  });

  it('is who "she" is: the envoy met the minister, the leader did not', () => {
    expect(findRelation(draft, 'meeting', 'ona-dahl', 'kari-lund')).toBeDefined();
    expect(kindsBetween(draft, 'ivo-marr', 'kari-lund')).toEqual([]);
  });
});
