// "Colombia’s National Liberation Army": a body the reader knows, named after its country's
// possessive, is that body, not a new one ("Colombian National Liberation Army") acting for the
// country.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'country-possessive-known-body.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-08-02',
});
const labels = draft.entities.map((e) => e.entity.label);

describe('a known body after its country’s possessive', () => {
  it('is the known body', () => {
    expect(labels).toContain('National Liberation Army');
    expect(labels.filter((l) => l.includes('Liberation Army'))).toHaveLength(1);
  });

  it('is not proposed as acting for the country', () => {
    expect(
      findRelation(draft, 'represents', 'national-liberation-army', 'colombia'),
    ).toBeUndefined();
  });
});
