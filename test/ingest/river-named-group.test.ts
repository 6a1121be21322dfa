// A body named after a river or a region called like a country ("the Niger Delta Fishers Union")
// does not act for that country: the Niger Delta is in Nigeria.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'river-named-group.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-11',
});

describe('a body named after a river or a region', () => {
  it('does not act for the country whose name the river or region bears', () => {
    expect(findRelation(draft, 'represents', 'niger-delta-fishers-union', 'niger')).toBeUndefined();
  });

  it('still reads its meeting', () => {
    const labels = draft.entities.map((e) => e.entity.label);
    expect(labels).toContain('Niger Delta Fishers Union');
  });
});
