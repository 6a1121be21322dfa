// "Regional Governor Al-Nour Hamid": a name particle hyphened to the name after a title opens the
// name ("Al-Nour Hamid"), not the end of the title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'particle-after-title.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-02-20',
});
const labels = draft.entities.map((e) => e.entity.label);

describe('a particle after a title', () => {
  it('keeps the particle in the name', () => {
    expect(labels).toContain('Al-Nour Hamid');
    expect(labels).not.toContain('Nour Hamid');
  });
});
