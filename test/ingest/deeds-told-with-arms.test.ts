// A strike told through its weapons: "launched around 30 missiles targeting several sites in
// Peru" (a rounded number and a participle describing the missiles), "killed in a Chilean
// military airstrike in the Peruvian capital" (the country whose forces name the deed).
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

describe('a strike told by what was fired', () => {
  it('reads a rounded number of missiles aimed at sites in a country', () => {
    const draft = readLead(
      'Missiles fired',
      'On the fourth night of the war, Chile fired around 40 cruise missiles targeting several bases in Peru on Sunday.',
    );
    expect(findRelation(draft, 'military-action', 'chile', 'peru')?.date).toBe('2025-03-02');
  });

  it('reads no strike from missiles only displayed', () => {
    const draft = readLead(
      'Parade held',
      'Chile displayed around 40 cruise missiles at a parade on Sunday, officials in Peru said.',
    );
    expect(findRelation(draft, 'military-action', 'chile', 'peru')).toBeUndefined();
  });
});

describe('a strike named by the forces of the country that made it', () => {
  it('reads the country before "military airstrike" as the striker', () => {
    const draft = readLead(
      'Rebel leader killed',
      'A militia commander died in a Chilean military airstrike near the Peruvian port of Callao on Sunday.',
    );
    expect(findRelation(draft, 'military-action', 'chile', 'peru')?.date).toBe('2025-03-02');
  });
});
