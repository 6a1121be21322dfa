// Those a strike kills or wounds suffer it: "X was killed in a Latvian airstrike", "were wounded
// by Lithuanian fire", "died in Latvian strikes". The country whose adjective opens the deed is its
// agent; the victim is never read as the one who killed.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readFixture } from './fixture-reading';

const name = 'killed-in-strikes.txt';
const draft = readFixture(name, '2025-03-05');
const force = (a: string, b: string) => kindsBetweenLabels(draft, a, b).includes('military-action');

describe('those killed or wounded in a strike', () => {
  it('reads the one killed in a country’s airstrike as its target', () => {
    expect(force('Latvia', 'Ilmars Kalns')).toBe(true);
    expect(force('Latvia', 'Estonia')).toBe(true);
  });

  it('reads the one wounded by a country’s fire as its target', () => {
    expect(force('Lithuania', 'Peteris Ozols')).toBe(true);
    expect(force('Lithuania', 'Andris Berzins')).toBe(true);
  });

  it('reads the one who died in a country’s strikes as their target', () => {
    expect(force('Latvia', 'Janis Liepa')).toBe(true);
  });

  it('never reads the victim as the one who struck', () => {
    const victims = [
      'Ilmars Kalns',
      'Peteris Ozols',
      'Andris Berzins',
      'Janis Liepa',
      'Liga Zarina',
    ];
    for (const v of victims) {
      expect(force(v, 'Latvia')).toBe(false);
      expect(force(v, 'Lithuania')).toBe(false);
    }
  });

  it('still reads an active killing', () => {
    expect(force('Latvia', 'Karlis Vitols')).toBe(true);
  });
});
