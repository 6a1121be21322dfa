// "Malta has banned A and B …, Maltese Foreign Minister Ana Vell announced during a press
// conference on Tuesday": a speech tag closing the sentence tells what the speaker's own side did
// of the ones it was done to, not of the speaker's own country.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe("a speech tag after what the speaker's own side did", () => {
  const draft = readFixture('own-side-speech-tag.txt', '2025-03-04');

  it('reads the announcement as a statement towards each one banned, on the day', () => {
    expect(findRelation(draft, 'statement', 'ana-vell', 'jon-dahl')?.date).toBe('2025-03-04');
    expect(findRelation(draft, 'statement', 'ana-vell', 'eva-berg')?.date).toBe('2025-03-04');
  });

  it("reads no statement of the speaker towards the speaker's own country", () => {
    expect(findRelation(draft, 'statement', 'ana-vell', 'malta')).toBeUndefined();
  });
});
