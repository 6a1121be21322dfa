// Two ways a meeting is told: leaders who face the press together ("held a joint press conference
// with"), and a counterpart whose country's adjective has two words ("his South Korean
// counterpart Ana Sol", who is the one met, not South Korea).
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('a joint press conference', () => {
  const draft = readFixture('press-conference-with.txt', '2025-03-03');

  it('is a meeting of the two who held it, on the day told', () => {
    expect(findRelation(draft, 'meeting', 'luis-vale', 'eva-paz')?.date).toBe('2025-03-03');
  });

  it('is a meeting of those who held it jointly', () => {
    expect(findRelation(draft, 'meeting', 'luis-vale', 'tomas-oak')?.date).toBe('2025-03-02');
  });

  it('is no meeting when one speaker only tells a news conference', () => {
    expect(
      draft.relations.filter((p) => p.sentence === 2 && p.relation.kind === 'meeting'),
    ).toEqual([]);
  });
});

describe('a counterpart named after a two-word adjective', () => {
  const draft = readFixture('two-word-counterpart.txt', '2025-03-03');

  it('is the person met, acting for the country', () => {
    expect(findRelation(draft, 'meeting', 'jo-ruiz', 'ana-sol')?.date).toBe('2025-03-03');
    expect(kindsBetween(draft, 'jo-ruiz', 'south-korea')).toEqual([]);
  });
});
