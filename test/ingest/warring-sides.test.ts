// Two sides named as "X and the paramilitary Y" act together, an agreement's label leaves out
// the day, and a passive's agent is the phrase right after "by", never a name further on; a
// country's name inside a city's ("Port Sudan") names no country.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'warring-sides.txt'), 'utf8'), EMPTY, {
  fileName: 'warring-sides.txt',
});

describe('two warring sides', () => {
  it('agree together when joined by "and the paramilitary"', () => {
    const truce = findRelation(draft, 'agreement', 'maltese-military', 'northern-liberation-front');
    expect(truce).toMatchObject({
      label: 'agreed to a 72-hour ceasefire with',
      date: '2026-06-20',
    });
  });

  it('agree together when one is named with its short name in brackets', () => {
    const truce = findRelation(draft, 'agreement', 'maltese-navy', 'southern-defence-front');
    expect(truce?.label).toBe('agreed to a truce with');
    expect(findRelation(draft, 'mediation', 'qatar', 'maltese-navy')).toBeDefined();
    expect(findRelation(draft, 'mediation', 'qatar', 'southern-defence-front')).toBeDefined();
  });

  it('are not made the accuser of a passive whose agent is no actor', () => {
    const accusations = draft.relations.filter((p) => p.relation.kind === 'criticism');
    expect(accusations).toEqual([]);
  });
});

describe("a country named inside a city's name", () => {
  it('is no country: "Port Sudan" and "Mexico City" are places', () => {
    const kinds = new Map(draft.entities.map((p) => [p.entity.id, p.entity.kind]));
    expect(kinds.get('port-sudan')).toBe('place');
    expect(kinds.get('mexico-city')).toBe('place');
    expect(kinds.has('sudan')).toBe(false);
    expect(kinds.has('mexico')).toBe(false);
  });
});
