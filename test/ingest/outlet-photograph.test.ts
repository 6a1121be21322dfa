// "An AFP photograph showed …": an outlet named as the maker of a picture is its credit, a
// medium, not an actor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'outlet-photograph.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-16',
});
const labels = draft.entities.map((e) => e.entity.label);

describe("an outlet's photograph", () => {
  it('proposes no outlet from the picture it credits', () => {
    expect(labels.some((l) => /AFP|Agence France-Presse/.test(l))).toBe(false);
  });
});
