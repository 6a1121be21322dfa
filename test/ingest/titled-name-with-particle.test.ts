// "Peruvian Supreme Court Justice Jo de Ruiz": a body, a title, and a person whose name has a
// particle ("Alexandre de Moraes") — the court and the judge, not one body named so.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a titled name with a particle after a body', () => {
  const draft = readFixture('titled-name-with-particle.txt', '2025-03-08');
  const labels = draft.entities.map((e) => e.entity.label);

  it('is the body and the person', () => {
    expect(labels).toContain('Jo de Ruiz');
    expect(labels).toContain('Peruvian Supreme Court');
    expect(labels.some((l) => l.includes('Justice'))).toBe(false);
  });

  it('is the one the sanction falls on, on the day told', () => {
    expect(findRelation(draft, 'sanction', 'chile', 'jo-de-ruiz')?.date).toBe('2025-03-07');
  });
});
