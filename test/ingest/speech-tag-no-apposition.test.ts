// "…spoke by phone with Jon Dahl, an Icelandic official said.": the speech tag after a name is no
// apposition; the name does not act for the speaker's country.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a speech tag after a name', () => {
  const draft = readFixture('speech-tag-no-apposition.txt', '2025-05-10');

  it("does not make the name the speaker's country's representative", () => {
    expect(findRelation(draft, 'represents', 'jon-dahl', 'iceland')).toBeUndefined();
    expect(findRelation(draft, 'affiliation', 'jon-dahl', 'iceland')).toBeUndefined();
  });

  it('still reads the call', () => {
    expect(findRelation(draft, 'call', 'eva-berg', 'jon-dahl')?.date).toBe('2025-05-09');
  });
});
