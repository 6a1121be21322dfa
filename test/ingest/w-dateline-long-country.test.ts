// A dateline whose country's name holds "of", "the" or "and" ("VELNO, Bosnia and Herzegovina—")
// is a dateline: its place is where the story was filed, never an organisation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { readPage, splitDateline } from '../../src/ingest/extract/page';
import { EMPTY, FIXTURES } from './fixture-reading';

const text = readFileSync(join(FIXTURES, 'w-dateline-long-country.txt'), 'utf8');

describe('a dateline with a country of several words', () => {
  it('is set apart, its place kept as the dateline’s', () => {
    expect(readPage(text).datelinePlace).toBe('Velno');
    expect(splitDateline('KORAVA, Republic of the Congo—Rebels said …')?.place).toBe('Korava');
  });

  it('names no organisation', () => {
    const draft = ingestArticle(text, EMPTY, { published: '2025-06-02' });
    expect(draft.entities.map((e) => e.entity.label).sort()).toEqual([
      'Bosnia and Herzegovina',
      'Serbia',
    ]);
  });
});
