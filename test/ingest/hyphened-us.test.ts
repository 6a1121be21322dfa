// "The Iceland-U.S. fisheries talks resumed on Monday": the tagger ends a sentence at "-U." and
// starts one at "S."; the reader joins them, so the dashed pair and its day are read whole.
import { describe, expect, it } from 'vitest';
import { tagParagraph } from '../../src/ingest/extract/nlp';
import { findRelation, readFixture } from './fixture-reading';

describe('"U.S." after a hyphen', () => {
  it('keeps the sentence whole and the abbreviation one token', () => {
    const sentences = tagParagraph('The Iceland-U.S. fisheries talks resumed on Monday. Then?');
    expect(sentences.map((s) => s.text)).toEqual([
      'The Iceland-U.S. fisheries talks resumed on Monday.',
      'Then?',
    ]);
    const first = sentences[0]?.tokens ?? [];
    expect(first.map((t) => t.value)).toContain('U.S.');
    for (const t of first) expect(sentences[0]?.text.slice(t.start, t.end)).toBe(t.value);
  });

  it('reads the talks of the two dashed sides on their day', () => {
    const draft = readFixture('hyphened-us.txt', '2025-03-05');
    expect(findRelation(draft, 'talks', 'iceland', 'united-states')?.date).toBe('2025-03-03');
  });
});
