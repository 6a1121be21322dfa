// A sentence written in capitals ("FROM THIS DAY ON, ALL GRANTS … WILL BE WITHHELD"), as a
// post is quoted as posted, has no case to tell names by: none of its words is a new entity.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

const name = 'shouted-post.txt';
const draft = readFixture(name, '2025-10-19');

describe('a sentence in capitals', () => {
  it('proposes none of its words as an entity, and the story around it is read', () => {
    expect(draft.entities.map((p) => p.entity.label)).toEqual(['Malta']);
  });
});
