// "the Latvian Army" written as a name is the country's forces, the same entity as "the Latvian
// army" and under the names news gives them ("Latvian Armed Forces" among them), acting for
// Latvia; "Estonia's Navy" is Estonia's navy.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

const name = 'army-by-name.txt';
const draft = readFixture(name, '2025-03-03');
const forces = draft.entities.filter(
  (e) => /Latvia/.test(e.entity.label) && e.entity.kind === 'organization',
);

describe("a country's army written as a name", () => {
  it('is one entity with the names of the forces', () => {
    expect(forces).toHaveLength(1);
    const names = [forces[0]?.entity.label, ...(forces[0]?.entity.aliases ?? [])];
    expect(names).toEqual(expect.arrayContaining(['Latvian Army', 'Latvian Armed Forces']));
  });

  it('acts for its country', () => {
    const latvia = draft.entities.find((e) => e.entity.label === 'Latvia')?.entity.id;
    expect(
      draft.relations.some(
        (r) => r.relation.source === forces[0]?.entity.id && r.relation.target === latvia,
      ),
    ).toBe(true);
  });

  it("names a country's navy after its adjective", () => {
    expect(draft.entities.map((e) => e.entity.label)).toContain('Estonian Navy');
  });
});
