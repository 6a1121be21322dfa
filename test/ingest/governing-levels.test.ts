// "Provincial governor X", "Regional governor X": a word that says at what level a post governs
// is no place; "Northshire Governor X" still names the territory governed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'governing-levels.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-10',
});
const kindOf = (label: string) => draft.entities.find((p) => p.entity.label === label)?.entity.kind;

describe('a governor’s level before the post', () => {
  it('is no place, and the governor is a person', () => {
    expect(kindOf('Provincial')).toBeUndefined();
    expect(kindOf('Regional')).toBeUndefined();
    expect(kindOf('Marta Sousa')).toBe('person');
    expect(kindOf('Rui Vale')).toBe('person');
  });

  it('leaves a territory named before the post a place', () => {
    expect(kindOf('Northshire')).toBe('place');
    expect(kindOf('Eva Holm')).toBe('person');
  });
});
