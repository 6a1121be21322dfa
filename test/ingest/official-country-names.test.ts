// A country under its official or older name: "the Russian Federation" is Russia, and "Kiev" (the
// older spelling of Kyiv) stands for Ukraine as "Kyiv" does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'official-country-names.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-06-12',
});
const labels = draft.entities.map((e) => e.entity.label);

describe('countries under their official or older names', () => {
  it('reads them as the countries they are', () => {
    expect(labels).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
    expect(labels).not.toContain('Russian Federation');
    expect(labels).not.toContain('Kiev');
  });

  it('gives their deeds to those countries', () => {
    expect(findRelation(draft, 'criticism', 'russia', 'romania')?.date).toBe('2025-06-10');
    expect(findRelation(draft, 'talks', 'moldova', 'russia')).toBeDefined();
  });
});
