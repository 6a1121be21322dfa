// Text copied from a page's source keeps character references ("Iceland&#39;s", "&quot;",
// "&amp;"): they are read as the characters they stand for, in the headline and in the prose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { decodeEntities } from '../../src/ingest/extract/html-entities';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(
  readFileSync(join(FIXTURES, 'character-references.txt'), 'utf8'),
  EMPTY,
  { fileName: 'character-references.txt' },
);

describe('character references in pasted text', () => {
  it('reads "Iceland&#39;s Prime Minister" as Iceland’s', () => {
    expect(findRelation(draft, 'affiliation', 'ivo-marr', 'iceland')).toBeDefined();
    expect(draft.source.title).toBe("Iceland's leader calls Norway's premier");
  });

  it('keeps the decoded characters in the evidence', () => {
    expect(draft.sentences[1]).toContain('"Talks on herring & cod"');
  });

  it('reads numeric, hexadecimal and named references, and leaves others alone', () => {
    expect(decodeEntities('a&#39;b &#x2019; &rsquo; &amp; &bogus; AT&T')).toBe(
      "a'b ’ ’ & &bogus; AT&T",
    );
  });
});
