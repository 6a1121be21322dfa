// The world's outlets as the gazetteer knows them: one before a dash opens a dateline ("Al Jazeera
// – Doha") and is no actor; a state's agency ("Kazinform", "SANA") is the state's body; a private
// outlet that only tells ("Rudaw reported") is no entity of the story.
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

  it("a state's agency is its state's body, under its full name", () => {
    expect(labels).toContain('Syrian Arab News Agency');
    expect(kindsBetween(draft, 'kazinform', 'kazakhstan')).toContain('affiliation');
  });

  it('a private outlet that only tells is no entity', () => {
    expect(labels).not.toContain('Rudaw');
  });
});
