// "Norway hosted the signing of the peace agreement between Malta and Iceland": a host of others'
// signing ceremony mediates between them, as a host of their talks does; a ceremony of its own
// is no mediation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'hosted-signing.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-07-05',
});

describe('a host of a signing between two sides', () => {
  it('mediates between each side, on the day', () => {
    expect(findRelation(draft, 'mediation', 'norway', 'malta')?.date).toBe('2025-07-04');
    expect(findRelation(draft, 'mediation', 'norway', 'iceland')?.date).toBe('2025-07-04');
  });

  it('still reads the two sides’ agreement', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2025-07-04');
  });
});
