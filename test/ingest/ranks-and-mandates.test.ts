// A commodore, a special rapporteur, an inspector-general and a member of the European
// Parliament (MEP) are titles before a name, not words of it.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

describe('ranks and mandates before a name', () => {
  const draft = readFixture('ranks-and-mandates.txt', '2025-03-03');
  const people = draft.entities
    .filter((p) => p.entity.kind === 'person')
    .map((p) => [p.entity.label, p.entity.roles?.[0]?.title]);

  it('leave the name without its title, and keep the title as the role', () => {
    expect(people).toEqual(
      expect.arrayContaining([
        ['Piet Borg', expect.stringMatching(/commodore/i)],
        ['Lena Holm Camen', expect.stringMatching(/special rapporteur/i)],
        ['Karl Vella', expect.stringMatching(/inspector-general/i)],
        ['Ona Dahl', expect.stringMatching(/mep/i)],
      ]),
    );
  });
});
