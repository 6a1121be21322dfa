// "The Chilean coast guard rammed a Peruvian patrol boat near Grau Shoal": a country's coast guard
// named by a common noun is its force, as its army and navy are, ramming a ship is an attack, and
// the place it was done near is where, not what it was done to.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('coast-guard-rammed.txt', '2025-03-04');
const idOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.id;

describe('a coast guard ramming a ship', () => {
  it('proposes each country’s coast guard, acting for it', () => {
    const chilean = idOf('Chilean Coast Guard');
    expect(chilean).toBeDefined();
    expect(idOf('Peruvian Coast Guard')).toBeDefined();
    expect(findRelation(draft, 'affiliation', chilean ?? '', 'chile')).toBeDefined();
  });

  it('reads the ramming as a military action on the other country, on its day', () => {
    const rammed = findRelation(
      draft,
      'military-action',
      idOf('Chilean Coast Guard') ?? '',
      'peru',
    );
    expect(rammed?.date).toBe('2025-03-03');
  });

  it('does not strike the place it was done near', () => {
    const shoal = idOf('Grau Shoal');
    expect(shoal).toBeDefined();
    const struck = draft.relations.filter((p) => p.relation.target === shoal);
    expect(struck).toEqual([]);
  });
});
