// The place a story is filed from is not where its news happened unless the article says so:
// "TROMSO (Arctic24) –" over a meeting at an air base names no place for the meeting (the
// headline's "talks in Osaka" under "OSAKA (NP) —" does: news-page.test.ts). Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'dateline-not-the-venue.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('a meeting under a dateline the article does not name again', () => {
  it('is proposed with its participants and day, and no place', () => {
    const events = draft.entities.filter((p) => p.entity.kind === 'event');
    expect(events).toHaveLength(1);
    const label = events[0]?.entity.label ?? '';
    expect(label).toContain('Anna Berzina');
    expect(label).toContain('15 August 2025');
    expect(label).not.toContain('Tromso');
    expect(draft.relations.some((p) => p.relation.kind === 'located-in')).toBe(false);
  });
});
