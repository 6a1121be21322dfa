// "Moldova's military, led by General Teodor Balan,", "the militia, headed by its founder Ilie
// Varga,": the person who leads the body named just before acts for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'body-led-by.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-07-08',
});

describe('a body and the one who leads it', () => {
  it('ties the leader named after "led by" to the forces', () => {
    expect(findRelation(draft, 'affiliation', 'teodor-balan', 'moldovan-military')).toBeDefined();
  });

  it('ties the leader named after "headed by", past a title, to the body', () => {
    expect(
      findRelation(draft, 'affiliation', 'ilie-varga', 'dniester-valley-militia'),
    ).toBeDefined();
  });
});
