// "Defence Minister Khawaja Muhammad Asif": a person the gazetteer knows as Khawaja Asif, written
// with a middle name, is that person (the written name kept as an alias), not a new one; a new
// name of three words stays as written, and one with a middle initial ("Eva R. Paz Jr.") is also
// found without it.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

const draft = readFixture('known-name-with-middle-name.txt', '2025-10-29');
const people = draft.entities.filter((e) => e.entity.kind === 'person').map((e) => e.entity);

describe('a known person written with one more name', () => {
  it('is the known person, the written name an alias', () => {
    const asif = people.find((p) => p.label === 'Khawaja Asif');
    expect(asif?.aliases).toContain('Khawaja Muhammad Asif');
    expect(people.map((p) => p.label)).not.toContain('Khawaja Muhammad Asif');
  });

  it('leaves a name nobody knows as written', () => {
    expect(people.map((p) => p.label)).toContain('Jo Maria Ruiz');
  });

  it('is also named without a middle initial', () => {
    expect(people.find((p) => p.label === 'Eva R. Paz Jr.')?.aliases).toContain('Eva Paz Jr.');
  });
});
