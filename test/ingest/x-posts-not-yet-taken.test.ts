// A post not yet taken up, written with a hyphen ("President-elect", "Prime Minister-designate",
// three tokens to the tagger), is the person's title, at the head of a sentence too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'x-posts-not-yet-taken.txt'), 'utf8'),
  EMPTY,
  { fileName: 'x-posts-not-yet-taken.txt', published: '2025-05-06' },
);
const roleOf = (label: string) =>
  draft.entities.find((e) => e.entity.label === label)?.entity.roles?.[0]?.title;

describe('a post not yet taken up', () => {
  it('is the title', () => {
    expect(roleOf('Ana Holt')).toBe('President-elect');
    expect(roleOf('Piet Vogel')).toBe('Prime Minister-designate');
    expect(roleOf('Rosa Vik')).toBe('Foreign Minister-designate');
  });

  it('leaves the people acting for their countries, and meeting', () => {
    expect(findRelation(draft, 'affiliation', 'ana-holt', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'rosa-vik', 'sweden')).toBeDefined();
    expect(findRelation(draft, 'meeting', 'ana-holt', 'piet-vogel')).toBeDefined();
  });
});
