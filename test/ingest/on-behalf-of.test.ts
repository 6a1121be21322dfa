// "X signed on behalf of the government of Malta", "Y, on behalf of the Nordic Council, read…":
// the person before "on behalf of" acts for the country or body after it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'on-behalf-of.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-06-14',
});

describe('"on behalf of" says whom a person acts for', () => {
  it('reads each signer as acting for the country after the phrase', () => {
    expect(findRelation(draft, 'represents', 'carla-vella', 'malta')).toBeDefined();
    expect(findRelation(draft, 'represents', 'jon-olafsson', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'represents', 'carla-vella', 'iceland')).toBeUndefined();
  });

  it('reads a person set off by commas as acting for the body named', () => {
    expect(findRelation(draft, 'represents', 'tove-lind', 'nordic-council')).toBeDefined();
  });
});
