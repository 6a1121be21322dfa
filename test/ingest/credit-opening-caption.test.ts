// "Photo: Ana Ruiz, Andes Wire, Palace Pool Photo via AP File FILE - <caption>": a credit that
// opens its caption, run through to the wire that passed the picture on; the photographer and
// the agency are no actors, and the caption's old day dates nothing the article tells.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

describe('a photo credit opening its caption', () => {
  const draft = readFixture('credit-opening-caption.txt', '2025-03-04');
  const labels = draft.entities.map((e) => e.entity.label);

  it('proposes neither the photographer nor the agency', () => {
    expect(labels).not.toContain('Ana Ruiz');
    expect(labels).not.toContain('Andes Wire');
  });

  it('keeps the article and its actors', () => {
    expect(labels).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Tomas Oak']));
    expect(draft.relations.some((p) => p.relation.date?.startsWith('2024'))).toBe(false);
  });
});
