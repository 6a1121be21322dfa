// "the US president" is the president named before for the United States, not the last
// president named (the country's two-letter name is a word of the role, and a person known to act
// for a country answers to its names); a call that "took place at the request of" one of its two
// parties is that party's demand on the other.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('us-president-role.txt', '2025-03-03');

describe('the US president, asking for a call', () => {
  it('is the US president named before, asking the other party', () => {
    expect(findRelation(draft, 'demand', 'tomas-oak', 'jo-ruiz')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'demand', 'jo-ruiz', 'tomas-oak')).toBeUndefined();
  });
});

describe('the US president, known to act for the United States', () => {
  it('is that person, though two presidents were named with no country', () => {
    const known = readFixture('known-president-role.txt', '2025-03-04');
    expect(findRelation(known, 'criticism', 'donald-trump', 'bolivia')?.date).toBe('2025-03-04');
  });
});
