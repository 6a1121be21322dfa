// "spoke with Maltese Prime Minister Ana Vell and Norwegian army chief Jon Dahl": a conjunct
// described by a lower-case title ("army chief", the tagger reading "chief" as an adjective) is
// still one of those spoken with, past the reach of the first.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a second person spoken with, described by a lower-case title', () => {
  const draft = readFixture('lowercase-title-conjunct.txt', '2025-03-08');

  it('reads the call with each of the two', () => {
    expect(findRelation(draft, 'call', 'eva-berg', 'ana-vell')?.date).toBe('2025-03-07');
    expect(findRelation(draft, 'call', 'eva-berg', 'jon-dahl')?.date).toBe('2025-03-07');
  });
});
