// A minister titled without a country ("Foreign minister Carla Vella") acts for the country whose
// ministry the article names; a ministry the reader only inferred from another minister's title
// ("Danish foreign minister Lars Holm") says nothing of her: every country has a foreign minister.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'untitled-foreign-minister.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-06-13',
});

describe('a minister with no country beside another country’s minister of the same portfolio', () => {
  it('does not give the untitled minister the other minister’s country', () => {
    expect(findRelation(draft, 'affiliation', 'carla-vella', 'denmark')).toBeUndefined();
    expect(findRelation(draft, 'affiliation', 'jon-olafsson', 'denmark')).toBeUndefined();
  });

  it('keeps the titled minister’s own country', () => {
    expect(findRelation(draft, 'affiliation', 'lars-holm', 'denmark')).toBeDefined();
  });
});
