// Arms sold to a side are military aid to it (CAMEO 07), as arms sent are; sales banned or
// halted are not.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('arms sales', () => {
  const draft = readFixture('arms-sales.txt', '2025-03-03');

  it('reads an arms sale approved to a side as aid to it', () => {
    expect(findRelation(draft, 'aid', 'united-states', 'estonia')?.date).toBe('2025-03-03');
  });

  it('reads weapons sold to a side as aid to it', () => {
    expect(findRelation(draft, 'aid', 'germany', 'latvia')).toBeDefined();
  });

  it('reads no aid in sales banned or halted', () => {
    expect(findRelation(draft, 'aid', 'france', 'belarus')).toBeUndefined();
    expect(findRelation(draft, 'aid', 'italy', 'belarus')).toBeUndefined();
  });
});
