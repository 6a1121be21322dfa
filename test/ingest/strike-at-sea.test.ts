// A strike "on a boat in the Ionian Sea": the sea is where it fell, never whom it fell on; a town
// shelled ("rebel positions in Port Valka") is still the place the force was used on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'strike-at-sea.txt'), 'utf8'), EMPTY, {
  fileName: 'strike-at-sea.txt',
});

describe('a strike at sea', () => {
  it('falls on no sea or ocean', () => {
    expect(kindsBetween(draft, 'malta', 'ionian-sea')).toEqual([]);
  });

  it('still falls on a town', () => {
    expect(findRelation(draft, 'military-action', 'malta', 'port-valka')).toBeDefined();
  });
});
