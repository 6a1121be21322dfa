// "X said he …": the pronoun right after a verb of saying is the speaker just named, not the
// last person named before (here, one of those X called).
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('speaker-pronoun.txt', '2025-03-03');

describe('"said he" after a speaker', () => {
  it('is the speaker’s own words and deeds', () => {
    expect(findRelation(draft, 'criticism', 'jo-ruiz', 'ecuador')?.date).toBe('2025-03-03');
    expect(
      draft.relations.some(
        (r) =>
          r.relation.source === 'luis-vale' && ['criticism', 'statement'].includes(r.relation.kind),
      ),
    ).toBe(false);
  });

  it('while the calls stay the speaker’s', () => {
    expect(findRelation(draft, 'call', 'jo-ruiz', 'tomas-oak')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'call', 'jo-ruiz', 'luis-vale')?.date).toBe('2025-03-03');
  });
});
