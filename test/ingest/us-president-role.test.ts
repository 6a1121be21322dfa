// "the US president" is the president named before for the United States, not the last
// president named (the country's two-letter name is a word of the role); a call that "took place
// at the request of" one of its two parties is that party's demand on the other.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('us-president-role.txt', '2025-03-03');

describe('the US president, asking for a call', () => {
  it('is the US president named before, asking the other party', () => {
    expect(findRelation(draft, 'demand', 'tomas-oak', 'jo-ruiz')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'demand', 'jo-ruiz', 'tomas-oak')).toBeUndefined();
  });
});
