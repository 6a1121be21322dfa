// "has given Peru until Friday to withdraw", "set a deadline for Chile to reopen the port": a
// demand with a day to meet it (CAMEO 02); aid given "until 2024" is no deadline.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('a deadline given', () => {
  const draft = readFixture('deadline-given.txt', '2025-03-04');

  it('is a demand on the one given it', () => {
    expect(findRelation(draft, 'demand', 'eva-paz', 'peru')).toBeDefined();
    expect(findRelation(draft, 'demand', 'bolivia', 'chile')).toBeDefined();
  });

  it('is no demand where aid is given until a year', () => {
    expect(kindsBetween(draft, 'chile', 'peru')).not.toContain('demand');
  });
});
