// "Fighting resumed overnight between A and B", "their war, which started in 2023 between
// A and B", "Clashes between A and B …": a fight named by a noun, whose two sides follow its
// "between" (past the words that say it began and when), is force each side used on the other;
// a trade war is not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, kindsBetween } from './fixture-reading';

const name = 'fight-between-sides.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-12',
});

describe('a fight between two sides', () => {
  it('reads the sides after "resumed overnight between"', () => {
    expect(kindsBetween(draft, 'moldovan-military', 'dniester-valley-militia')).toContain(
      'military-action',
    );
  });

  it('reads a war noun with its outbreak clause, and the people whose title a body opens', () => {
    expect(kindsBetween(draft, 'teodor-balan', 'ilie-varga')).toContain('military-action');
  });

  it('reads "Clashes between" opening a sentence', () => {
    expect(kindsBetween(draft, 'armenia', 'azerbaijan')).toContain('military-action');
  });

  it('reads a war named with "the" as going on, even where others plan to end it', () => {
    expect(kindsBetween(draft, 'ethiopia', 'eritrea')).toContain('military-action');
  });

  it('leaves a war that may come alone', () => {
    expect(kindsBetween(draft, 'chile', 'peru')).not.toContain('military-action');
  });

  it('leaves a trade war alone', () => {
    expect(kindsBetween(draft, 'canada', 'mexico')).not.toContain('military-action');
  });
});
