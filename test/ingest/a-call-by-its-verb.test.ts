// "X called Y": the verb alone, with a person or a country as its object, tells a phone call;
// "called for", "called on", "called Y a liar" and "so-called" do not. A verb joined to it by
// "and" ("…and urged Z") has the caller as its subject.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'called-someone.txt'), 'utf8'), EMPTY, {
  fileName: 'called-someone.txt',
});

describe('a call told by the verb "call"', () => {
  it('reads "Varga called Holm on Tuesday" as their call, on that Tuesday', () => {
    const call = findRelation(draft, 'call', 'lise-varga', 'greta-holm');
    expect(call).toMatchObject({ directed: false, date: '2026-10-13' });
  });

  it('reads no call where the verb names someone or asks for something', () => {
    const calls = draft.relations.filter((p) => p.relation.kind === 'call');
    expect(calls.map((p) => [p.relation.source, p.relation.target])).toEqual([
      ['lise-varga', 'greta-holm'],
    ]);
  });
});

describe('a second verb joined to the call by "and"', () => {
  it('shares the caller as its subject: the one called urges nobody', () => {
    expect(findRelation(draft, 'demand', 'lise-varga', 'ivo-marr')).toBeDefined();
    const demands = draft.relations.filter((p) => p.relation.kind === 'demand');
    expect(demands.map((p) => p.relation.source)).not.toContain('greta-holm');
  });
});
