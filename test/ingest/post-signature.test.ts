// What the page adds to an article's words is no actor: an embedded post's signature ("— OAS
// Updates (@OASUpdates) March 4, 2025") names the account it came from, and an agency glued to
// the end of a caption ("… near TacnaReuters") is the photo's credit.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

const draft = readFixture('post-signature.txt', '2025-03-04');
const labels = draft.entities.map((e) => e.entity.label);

describe('a post signature and a credit glued to a caption', () => {
  it('propose no entity', () => {
    expect(labels).not.toContain('Organization of American States');
    expect(labels.some((l) => /Reuters/.test(l))).toBe(false);
  });

  it('leave the story read', () => {
    expect(labels).toEqual(expect.arrayContaining(['Peru', 'Chile']));
  });
});
