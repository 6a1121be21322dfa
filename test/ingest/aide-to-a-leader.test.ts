// "Ilan Dorsey, senior adviser to Chilean President Gabriel Boric,": an aide works for the one
// advised, and so acts for that leader's country; an aide to a government acts for its country.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'aide-to-a-leader.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-10-14',
});

describe('an aide named with the one advised', () => {
  it('works for the leader and acts for the leader’s country', () => {
    expect(findRelation(draft, 'affiliation', 'ilan-dorsey', 'gabriel-boric')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'ilan-dorsey', 'chile')).toBeDefined();
  });

  it('acts for the country whose government is advised', () => {
    expect(findRelation(draft, 'affiliation', 'mara-lind', 'moldova')).toBeDefined();
  });
});
