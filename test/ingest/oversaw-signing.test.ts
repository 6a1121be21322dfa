// "X oversaw (presided over, witnessed) the signing of an agreement between A and B": whoever
// oversees others' signing or talks mediates between them, as their host does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'oversaw-signing.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-06-06',
});

describe('one who oversees a signing between two sides', () => {
  it('mediates between each side, on the day', () => {
    expect(findRelation(draft, 'mediation', 'norway', 'malta')?.date).toBe('2025-06-05');
    expect(findRelation(draft, 'mediation', 'norway', 'iceland')?.date).toBe('2025-06-05');
  });

  it('still reads the two sides’ agreement', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2025-06-05');
  });
});
