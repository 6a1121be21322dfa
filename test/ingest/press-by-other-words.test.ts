// The press named by other words than before: a broadcaster that "had all said", an agency that
// "covered" a press conference or whose "reports" tell, an agency named in its own language
// ("Agencia", "Agence"), and a known platform however it is introduced: none of them is an
// actor, and the story's parties still are.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('press-by-other-words.txt', '2025-03-12');
const labels = draft.entities.map((e) => e.entity.label);

describe('the press named by other words', () => {
  it('proposes no outlet, agency or platform as an entity', () => {
    for (const press of ['Canal Sur Chile', 'Agencia Andina', 'Agence Lumiere', 'Truth Social'])
      expect(labels).not.toContain(press);
  });

  it('keeps the parties of what the press tells', () => {
    expect(labels).toContain('Tomas Oak');
    expect(findRelation(draft, 'criticism', 'donald-trump', 'chile')?.date).toBe('2025-03-12');
  });
});
