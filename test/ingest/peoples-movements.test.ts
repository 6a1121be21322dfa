// "the Gozo People's Liberation Front", "the Sliema Workers' Party": a people's or workers' owning
// apostrophe inside a body's name is part of the name, not a possessive that cuts it down to
// "Liberation Front"; its initials are the same body; and a movement named for a place's people
// is no body of that place.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('peoples-movements.txt', '2025-03-03');
const labels = draft.entities.map((p) => p.entity.label);

describe("a people's movement", () => {
  it('keeps its whole name', () => {
    expect(labels).toContain("Gozo People's Liberation Front");
    expect(labels).toContain("Sliema Workers' Party");
    expect(labels).not.toContain('Liberation Front');
  });

  it('is the body its initials name', () => {
    const front = draft.entities.find((p) => p.entity.label === "Gozo People's Liberation Front");
    expect(front?.entity.aliases).toContain('GPLF');
    expect(findRelation(draft, 'criticism', 'malta', front?.entity.id ?? '')).toBeDefined();
  });

  it('is no body of the place it is named for', () => {
    const front = draft.entities.find((p) => p.entity.label === "Gozo People's Liberation Front");
    const ties = draft.relations.filter(
      (p) => p.relation.source === front?.entity.id && p.relation.kind === 'affiliation',
    );
    expect(ties).toEqual([]);
  });
});
