// "Quechua fighters", "Aymara tribes": a people's one word and the noun for its fighters name a
// group by both (the word alone is a people, not a party), and a later "Aymara fighters" is the
// same group; a group's own name before "rebels" stays its name ("the Red Hand rebels").
import { describe, expect, it } from 'vitest';
import { kindsBetween, readFixture } from './fixture-reading';

describe('fighters named by their people', () => {
  const draft = readFixture('fighters-of-a-people.txt', '2025-03-03');
  const labels = draft.entities.map((e) => e.entity.label);

  it('are a group named by the word and the noun', () => {
    expect(labels).toEqual(expect.arrayContaining(['Quechua fighters', 'Aymara tribes']));
    expect(labels).not.toContain('Quechua');
  });

  it('fight each other, as the clause tells', () => {
    expect(kindsBetween(draft, 'quechua-fighters', 'aymara-tribes')).toContain('military-action');
  });

  it('are one group however the noun is varied', () => {
    expect(labels).not.toContain('Aymara fighters');
  });

  it('leave a named group its name', () => {
    expect(labels).toContain('Red Hand');
  });
});
