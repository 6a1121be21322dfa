// "Iceland has been accused by Malta of supplying weapons to the Harbour Front": in the passive
// the agents are the ones after "by" and those joined to them, not whoever the charge names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'accused-by-of.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-11-20',
});

describe('a passive charge and what it charges', () => {
  it('reads the accuser after "by"', () => {
    expect(findRelation(draft, 'criticism', 'malta', 'iceland')).toBeDefined();
  });

  it('does not make the group named in the charge an accuser', () => {
    expect(findRelation(draft, 'criticism', 'harbour-front', 'iceland')).toBeUndefined();
  });

  it('keeps agents joined by "and"', () => {
    expect(findRelation(draft, 'criticism', 'denmark', 'norway')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'sweden', 'norway')).toBeDefined();
  });
});
