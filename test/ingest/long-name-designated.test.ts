// A deed told by its object ("designated X a terrorist organisation") is read past a long name
// with lowercase words inside it ("Frente de las Sombras Unidas"): the name counts as one word
// of the phrase the object words are looked for in.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('long-name-designated.txt', '2025-03-12');

describe('a group with a long name designated as terrorists', () => {
  it('is sanctioned by the one designating it, on the day told', () => {
    const group = draft.entities.find((e) => e.entity.label.startsWith('Frente de las Sombras'));
    expect(group).toBeDefined();
    const id = group?.entity.id ?? '(none)';
    expect(findRelation(draft, 'sanction', 'chile', id)?.date).toBe('2025-03-10');
  });
});
