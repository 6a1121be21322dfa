// An outlet the article only cites or credits ("AP Lima", "seen by The Associated Press", a
// comment asked "from Reuters", "published in the Financial Times", "according to the Associated
// Press", "Harbour News has reached out") is the press the story comes through, not an actor; one
// someone spoke to stays as the medium ("told Fox News"), and one the story acts on is an entity
// like any other.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('press-cited-only.txt', '2025-03-04');
const labels = draft.entities.map((e) => e.entity.label);

describe('an outlet only cited', () => {
  it('is not proposed, credited, quoted as a source or asked for comment', () => {
    for (const outlet of ['Associated Press', 'Reuters', 'Financial Times', 'Harbour News'])
      expect(labels).not.toContain(outlet);
  });

  it('leaves what the article says of the story', () => {
    expect(findRelation(draft, 'criticism', 'peru', 'chile')).toBeDefined();
    expect(labels).toEqual(expect.arrayContaining(['Ana Sol', 'Tomas Oak']));
  });

  it('stays when someone spoke to it, or when the story acts on it', () => {
    expect(labels).toContain('Fox News');
    const times = draft.entities.find((e) => e.entity.label === 'Harbour Times');
    expect(findRelation(draft, 'sanction', 'chile', times?.entity.id ?? '')).toBeDefined();
  });
});
