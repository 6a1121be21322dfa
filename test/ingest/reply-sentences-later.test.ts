// "Peru accused Chile of … . (Two sentences on.) Chile's minister dismissed the claims": a reply
// answers a charge told a few sentences before it, not only the sentence just before.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('reply-sentences-later.txt', '2025-03-04');

describe('a reply sentences after the charge', () => {
  it('is a rejection of whoever made the charge', () => {
    const oak = draft.entities.find((e) => e.entity.label === 'Tomas Oak')?.entity.id ?? '';
    expect(findRelation(draft, 'rejection', oak, 'peru')).toBeDefined();
  });
});
