// "A and B urged Iceland …": two people joined by "and" act together, as two countries do; a
// list of three or more up to an "and", people and bodies mixed, acts together too.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('joint-speakers.txt', '2025-06-05');

describe('people joined by "and"', () => {
  it('each make the demand', () => {
    expect(findRelation(draft, 'demand', 'ana-vell', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'demand', 'jonas-gahr-store', 'iceland')).toBeDefined();
  });
});

describe('a list of people and bodies up to an "and"', () => {
  it('each make the demand', () => {
    for (const id of ['united-nations', 'antonio-guterres', 'denmark', 'european-union'])
      expect(findRelation(draft, 'demand', id, 'iceland')).toBeDefined();
  });
});
