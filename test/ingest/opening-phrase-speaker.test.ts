// "Speaking in Reykjavik on Monday, Ivo Marr criticized …, calling Kari Lund a “pirate”": an
// opening phrase before the subject does not hide it, so the participle after the comma is the
// subject's words, not those of the last name before it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'opening-phrase-speaker.txt'), 'utf8'),
  EMPTY,
  { fileName: 'opening-phrase-speaker.txt' },
);

describe('a participle after a sentence that opens with a phrase', () => {
  it("is the subject's: Marr, not Norway, labelled Lund", () => {
    expect(findRelation(draft, 'statement', 'ivo-marr', 'kari-lund')).toBeDefined();
    expect(findRelation(draft, 'statement', 'norway', 'kari-lund')).toBeUndefined();
  });
});
