// The place a story is filed from ("KORVIK, Iceland—"), named again in its text ("Korvik will
// keep the ship"), is that place: never an organisation acting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'w-dateline-place-named-again.txt'), 'utf8'),
  EMPTY,
  { published: '2025-06-03' },
);

describe('the dateline’s place named again', () => {
  it('is a place, and no organisation', () => {
    const korvik = draft.entities.find((e) => e.entity.label === 'Korvik')?.entity;
    expect(korvik?.kind).toBe('place');
    expect(draft.entities.filter((e) => e.entity.kind === 'organization')).toEqual([]);
  });
});
