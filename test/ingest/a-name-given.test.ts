// "calling X a “pirate”", "called X a liar": a name given to someone is said of them (a
// statement, CAMEO 01), never a phone call, also where X carries a title joined by "of"
// ("Secretary of State X"); the speaker is the one who calls, not the one named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'called-a-name.txt'), 'utf8'), EMPTY, {
  fileName: 'called-a-name.txt',
});

describe('a name given with the verb "call"', () => {
  it('reads "calling Secretary of State Reyes a “pirate”" as said of Reyes, by Marr', () => {
    expect(findRelation(draft, 'statement', 'ivo-marr', 'dana-reyes')).toMatchObject({
      date: '2026-10-12',
    });
    expect(findRelation(draft, 'statement', 'dana-reyes', 'ivo-marr')).toBeUndefined();
  });

  it('reads "called Ona Dahl a liar" as said of her, not as a call', () => {
    expect(kindsBetween(draft, 'ivo-marr', 'ona-dahl')).toEqual(['statement']);
  });

  it('keeps "Reyes called Marr on Tuesday" a call, and the only one between people', () => {
    // (their countries' call, read from it, is no call the sentence tells of people)
    const calls = draft.relations.filter(
      (p) => p.relation.kind === 'call' && p.rule !== 'ties:sides-of-dealing',
    );
    expect(calls.map((p) => [p.relation.source, p.relation.target])).toEqual([
      ['dana-reyes', 'ivo-marr'],
    ]);
  });
});
