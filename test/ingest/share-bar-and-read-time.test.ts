// A bar of sharing buttons ("Copy Link copied", "Email Facebook X Reddit") and a signature with
// the reading time ("Mara Lind, CNN 3 minute read Updated …") are the page's, not the story's:
// no one and no outlet is proposed from them, and the story is still read.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const name = 'share-bar-and-read-time.txt';
const draft = readFixture(name, '2025-10-20');
const labels = draft.entities.map((e) => e.entity.label);

describe('share bars and reading times', () => {
  it('propose no one', () => {
    for (const label of ['Copy Link', 'Mara Lind', 'CNN', 'Reddit'])
      expect(labels).not.toContain(label);
  });

  it('leave the story read', () => {
    expect(findRelation(draft, 'criticism', 'latvia', 'estonia')).toBeDefined();
    expect(labels).toContain('Evika Siliņa');
  });
});
