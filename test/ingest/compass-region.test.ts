// "the capital of North Varnia": a name a point of the compass opens is a region's, never a
// person's, so the governor titled by it is read as a person of his own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'compass-region.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-09-08',
});
const kindOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.kind;

describe('a region the compass names', () => {
  it('is a place', () => {
    expect(kindOf('North Varnia')).toBe('place');
  });

  it('lets the governor it titles be read', () => {
    expect(kindOf('Ivo Renko')).toBe('person');
  });
});
