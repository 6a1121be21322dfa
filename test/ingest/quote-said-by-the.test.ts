// A quotation closed by its speaker with an article (“…,” the Peruvian Army Command tweeted) is
// that body's statement of those the quotation names, as with a bare name ("…," Peru said).
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a quotation closed by "the" and its speaker', () => {
  it('is the speaker’s statement of whom it names, on the day', () => {
    const draft = readFixture('quote-said-by-the.txt', '2025-03-03');
    const army = draft.entities.find((e) => e.entity.label === 'Peruvian Army Command')?.entity.id;
    expect(army).toBeDefined();
    expect(findRelation(draft, 'statement', army ?? '', 'bolivia')?.date).toBe('2025-02-27');
  });
});
