// A body named with a known body's possessive before it ("the African Union's Peace and Security
// Council") is one body, named without the "'s"; its "and" does not split it into two, and the
// UN's "Security Council" is not read inside it. Two people joined by "and" stay two.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

describe("a body named with its owner's possessive", () => {
  const draft = readFixture('owned-body-names.txt', '2025-03-03');
  const labels = draft.entities.map((p) => p.entity.label);

  it('is one body, across its "and"', () => {
    expect(labels).toContain('African Union Peace and Security Council');
    expect(labels).not.toContain('UN Security Council');
    // "met" alone: no meeting of the council with a body read inside its name
    const council = draft.relations.filter((p) =>
      [p.relation.source, p.relation.target].includes('african-union-peace-and-security-council'),
    );
    expect(council).toEqual([]);
  });

  it('is named without the possessive', () => {
    expect(labels).toContain('EU Foreign Affairs Council');
  });

  it('keeps two people joined by "and" apart', () => {
    expect(labels).toEqual(expect.arrayContaining(['He Lifeng', 'Scott Bessent']));
  });
});
