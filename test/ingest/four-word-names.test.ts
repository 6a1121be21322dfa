// Four name words with no cue between them are one person ("Tomás Ignacio Borg Sánchez": two
// given names and two surnames), unless the first two are shaped like a brand's name
// ("HarbourBank Kestrel Jane Doe": a body, then its person); an activist is a person by what
// they do, and a corporal by rank.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

const draft = readFixture('four-word-names.txt', '2025-05-26');
const kindOf = (label: string) => draft.entities.find((p) => p.entity.label === label)?.entity.kind;

describe('four name words', () => {
  it('are one person when nothing marks a body among them', () => {
    expect(kindOf('Tomás Ignacio Borg Sánchez')).toBe('person');
    expect(kindOf('Tomás Ignacio')).toBeUndefined();
  });

  it('are a body and its person when the first are shaped like a brand', () => {
    expect(kindOf('HarbourBank Kestrel')).toBe('organization');
    expect(kindOf('Jane Doe')).toBe('person');
  });
});

describe('titles of occupation and rank', () => {
  it('make the name after them a person, not a body', () => {
    expect(kindOf('Hari Lal Rai')).toBe('person');
    expect(kindOf('Karl Vella')).toBe('person');
    expect(kindOf('Jon Lund')).toBe('person');
    expect(kindOf('Lance Corporal')).toBeUndefined();
  });
});
