// A person the gazetteer knows (world-people.ts) among other names: after a body and a post
// ("Foreign Ministry spokeswoman Maria Zakharova"), beside a namesake ("Melania Trump" is not
// Donald Trump), hyphened to a surname ("the Wang-Sefcovic call"), and under another
// transliteration of their given name ("Volodymyr" for "Vladimir").
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const name = 'office-holders-beside-namesakes.txt';
const draft = readFixture(name, '2025-06-02');
const labels = draft.entities.map((p) => p.entity.label);

describe('a known office holder among other names', () => {
  it('after a body and a post is the person of that body, not part of its name', () => {
    expect(labels).toContain('Maria Zakharova');
    expect(labels).toContain('Russian Foreign Ministry');
    expect(labels.some((l) => l.includes('spokeswoman'))).toBe(false);
    expect(
      findRelation(draft, 'affiliation', 'maria-zakharova', 'russian-foreign-ministry'),
    ).toMatchObject({
      label: 'is spokeswoman at',
    });
  });

  it('is not a namesake who shares the surname', () => {
    expect(labels).toEqual(expect.arrayContaining(['Melania Trump', 'Eric Trump']));
    expect(labels).not.toContain('Donald Trump');
  });

  it('hyphened to another surname makes no organisation of it', () => {
    expect(
      draft.entities.filter((p) => p.entity.kind === 'organization').map((p) => p.entity.label),
    ).not.toContain('Wang');
    expect(labels).toEqual(expect.arrayContaining(['Wang Wentao', 'Maroš Šefčovič']));
  });

  it('is the same person under another spelling of the given name', () => {
    expect(labels.filter((l) => l.endsWith('Medinsky'))).toEqual(['Vladimir Medinsky']);
  });
});
