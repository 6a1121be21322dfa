// Who holds talks with whom, past the ways news lists them: a name joined before an apposition's
// owner ("Eva Paz and President Oak's son-in-law, Jo Ruiz, held talks") is a party, the owner is
// not; a gerund going into a meeting ("before heading into the meeting with X") is the clause
// subject's, not the nearest name's; and all of a list met ("met with A, B and C").
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('talks-companions.txt', '2025-03-03');

describe('a name joined before an apposition', () => {
  it('holds the talks too, and the owner does not', () => {
    expect(findRelation(draft, 'talks', 'eva-paz', 'gabriel-boric')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'talks', 'jo-ruiz', 'gabriel-boric')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'talks', 'tomas-oak', 'gabriel-boric')).toBeUndefined();
  });
});

describe('heading into a meeting', () => {
  it('is the subject’s meeting, not the nearest name’s', () => {
    expect(findRelation(draft, 'meeting', 'peru', 'luis-vale')?.date).toBe('2025-03-02');
    expect(findRelation(draft, 'meeting', 'bolivia', 'luis-vale')).toBeUndefined();
  });
});

describe('a list met', () => {
  it('is met whole', () => {
    for (const other of ['argentina', 'uruguay', 'paraguay'])
      expect(findRelation(draft, 'meeting', 'chile', other)?.date).toBe('2025-03-01');
  });
});
