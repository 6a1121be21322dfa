// A room or a square ("the State Dining Room", "Harbour Square") is a place, never a person, even
// after a word that qualifies a title ("State") but heads none; a person's name is left alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'w-rooms-and-squares.txt'), 'utf8'),
  EMPTY,
  { published: '2025-06-06' },
);
const kindOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.kind;

describe('a room or a square', () => {
  it('is a place under its whole name, and no person', () => {
    expect(kindOf('State Dining Room')).toBe('place');
    expect(kindOf('Harbour Square')).toBe('place');
    expect(draft.entities.filter((e) => e.entity.kind === 'person')).toEqual([]);
  });
});
