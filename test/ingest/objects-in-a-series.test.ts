// A deed whose objects are a list of three or more, joined by commas and closed by "and", falls
// on every name of the list, each described or not ("his wife Eva Paz"); a name set off by a comma
// alone ("Argentina, Bolivia's neighbour") is no list.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('objects-in-a-series.txt', '2025-03-07');

describe('sanctions against a list of people', () => {
  it('fall on each person of the list, on the day told', () => {
    for (const target of ['tomas-oak', 'eva-paz', 'luis-oak', 'luis-vale'])
      expect(findRelation(draft, 'sanction', 'chilean-treasury-department', target)?.date).toBe(
        '2025-03-07',
      );
  });
});

describe('criticism of three countries', () => {
  it('falls on each of the three', () => {
    for (const target of ['bolivia', 'ecuador', 'paraguay'])
      expect(findRelation(draft, 'criticism', 'ana-sol', target)?.date).toBe('2025-03-06');
  });

  it('stops at a name set off by a comma alone', () => {
    expect(findRelation(draft, 'criticism', 'chile', 'argentina')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'chile', 'bolivia')).toBeUndefined();
  });
});

describe("a country's people named in a series", () => {
  it('are each the target', () => {
    for (const target of ['rosa-vila', 'pablo-rey', 'marta-gil'])
      expect(findRelation(draft, 'sanction', 'chile', target)?.date).toBe('2025-03-05');
  });
});
