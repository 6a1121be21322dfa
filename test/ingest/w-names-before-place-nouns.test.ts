// Names that a plural place noun closes ("the Upper and Lower Sarn districts", "the Vel Amar, Tor
// Basi and Kel Dun temples") are places, every one of the list: no person, no organisation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'w-names-before-place-nouns.txt'), 'utf8'),
  EMPTY,
  { published: '2025-06-06' },
);

describe('names before a plural place noun', () => {
  it('name no person and no organisation', () => {
    const actors = draft.entities.filter(
      (e) => e.entity.kind === 'person' || e.entity.kind === 'organization',
    );
    expect(actors.map((e) => e.entity.label)).toEqual([]);
  });

  it('leave the two countries as the only entities', () => {
    const labels = draft.entities.map((e) => e.entity.label).sort();
    expect(labels).toEqual(['Iceland', 'Malta']);
  });
});
