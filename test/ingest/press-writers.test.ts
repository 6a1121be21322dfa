// The press at its writing desk: an outlet that "wrote" the news or "was the first to report" it
// tells the story and is not in it; and names that comment on a medium ("…, said Jo Ruiz and Eva
// Paz on Politico") are its writers or guests, and the medium they spoke on is the press, not
// actors. Someone speaking with a title stays.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('press-writers.txt', '2025-03-03');
const labels = draft.entities.map((e) => e.entity.label);

describe('an outlet that wrote or first reported the news', () => {
  it('is no entity', () => {
    expect(labels).not.toContain('Reuters');
    expect(labels).not.toContain('Bloomberg News');
    expect(labels).not.toContain('NBC News');
  });

  it('makes no demand of what it reported on', () => {
    const bloomberg = draft.relations.filter((r) => r.relation.source === 'bloomberg-news');
    expect(bloomberg).toEqual([]);
  });

  it('leaves the news it told read as before', () => {
    expect(findRelation(draft, 'meeting', 'tomas-oak', 'gabriel-boric')?.date).toBe('2025-03-03');
  });
});

describe('names commenting on a medium', () => {
  it('are no entities, and say nothing to the story’s actors', () => {
    expect(labels).not.toContain('Jo Ruiz');
    expect(labels).not.toContain('Eva Paz');
    expect(labels).not.toContain('Politico');
    expect(
      draft.relations.some(
        (r) =>
          r.relation.target === 'bolivia' &&
          r.relation.kind === 'statement' &&
          r.relation.source !== 'bolivia' &&
          r.relation.source !== 'luis-vale',
      ),
    ).toBe(false);
  });

  it('but a speaker with a title stays', () => {
    expect(labels).toContain('Luis Vale');
    expect(labels).toContain('Bolivia');
  });
});
