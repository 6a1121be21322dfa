// "Malta's Ambassador in Reykjavik, Karl Vella, …": where the post is ("in Reykjavik") is part of
// the title before the comma, which still gives the name its country.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('post-place-title.txt', '2025-09-20');

describe('a title with its post’s place, then the name', () => {
  it("makes the person the country's", () => {
    expect(findRelation(draft, 'affiliation', 'karl-vella', 'malta')).toMatchObject({
      label: 'is Ambassador in Reykjavik of',
    });
  });

  it('and the person is the one who met', () => {
    expect(findRelation(draft, 'meeting', 'karl-vella', 'jon-lund')).toBeDefined();
  });
});
