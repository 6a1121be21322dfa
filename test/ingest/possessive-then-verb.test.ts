// "Canada's state-run news agency" acts for Canada, but a body the clause goes on to name past
// its verb is not the possessive's: "Norway's prime minister met a Hamas delegation".
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

describe("a country's possessive", () => {
  const draft = readFixture('possessive-then-verb.txt', '2025-03-03');

  it('gives no body past the verb to the country', () => {
    const tied = draft.relations.filter(
      (p) => p.relation.source === 'hamas' && p.relation.target === 'norway',
    );
    expect(tied.map((p) => p.relation.kind)).toEqual([]);
  });

  it('still reads the meeting', () => {
    expect(
      draft.relations.some((p) => p.relation.kind === 'meeting' && p.relation.target === 'hamas'),
    ).toBe(true);
  });
});
