// A page's call to subscribe ("Get The Harbour Times's Daily Edition by email and never miss our
// top stories", "Sign up for our newsletter …") names its outlet, not an actor of the story.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

const name = 'newsletter-promo.txt';
const draft = readFixture(name, '2025-10-20');
const labels = draft.entities.map((e) => e.entity.label);

describe("a page's call to subscribe", () => {
  it('proposes no outlet', () => {
    expect(labels.filter((l) => /Harbour Times|Coast Wire/.test(l))).toEqual([]);
  });

  it('leaves the story read', () => {
    expect(labels).toEqual(expect.arrayContaining(['Latvia', 'Estonia', 'Margus Tsahkna']));
  });
});
