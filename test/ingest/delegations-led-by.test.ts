// "The delegations, led by A and B, convened in Rome, with Bolivia acting as mediator": the
// heads the aside names are the ones who met, and the mediator mediates for both.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('delegations led by two heads', () => {
  const draft = readFixture('delegations-led-by.txt', '2025-03-01');

  it('meet through their heads, on the day told', () => {
    expect(findRelation(draft, 'meeting', 'jo-ruiz', 'ana-sol')?.date).toBe('2025-03-01');
  });

  it('have the mediator between them both', () => {
    expect(findRelation(draft, 'mediation', 'bolivia', 'jo-ruiz')).toBeDefined();
    expect(findRelation(draft, 'mediation', 'bolivia', 'ana-sol')).toBeDefined();
  });
});
