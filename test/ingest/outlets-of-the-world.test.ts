// The world's outlets as the gazetteer knows them: one before a dash opens a dateline ("Al Jazeera
// – Doha") and is no actor; an outlet that only tells ("Rudaw reported", and a state's agency too:
// "the Syrian Arab News Agency reported", "Kazinform said") is no entity of the story; a state's
// agency spoken to ("told SANA") is the state's body, under its full name.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readFixture } from './fixture-reading';

const name = 'outlets-of-the-world.txt';
const draft = readFixture(name, '2025-06-01');
const labels = draft.entities.map((p) => p.entity.label);

describe("the world's outlets", () => {
  it('before a dash, an outlet credits a dateline and proposes nothing', () => {
    expect(labels).not.toContain('Al Jazeera');
    expect(labels).toEqual(expect.arrayContaining(['Qatar', 'Jordan']));
  });

  it("a state's agency spoken to is its state's body, under its full name", () => {
    expect(labels).toContain('Syrian Arab News Agency');
    expect(kindsBetween(draft, 'kazinform', 'kazakhstan')).toContain('affiliation');
  });

  it("a state's agency that only tells is no entity", () => {
    const told = readFixture('outlets-telling.txt', '2025-06-01');
    const names = told.entities.map((p) => p.entity.label);
    expect(names).not.toContain('Syrian Arab News Agency');
    expect(names).not.toContain('Kazinform');
    expect(names).toEqual(expect.arrayContaining(['Qatar', 'Jordan', 'Kazakhstan']));
  });

  it('a private outlet that only tells is no entity', () => {
    expect(labels).not.toContain('Rudaw');
  });
});
