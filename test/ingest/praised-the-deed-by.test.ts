// "praised the “effective” mediation by Estonia and Finland", "hailed the role played by Norway":
// praise of a deed is a statement towards the ones the "by" names as its doers.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('praise of a deed done by others', () => {
  const draft = readFixture('praised-the-deed-by.txt', '2025-03-06');

  it('reads the praise of the mediation as a statement towards each mediator', () => {
    expect(findRelation(draft, 'statement', 'lars-ozol', 'estonia')?.date).toBe('2025-03-05');
    expect(findRelation(draft, 'statement', 'lars-ozol', 'finland')?.date).toBe('2025-03-05');
  });

  it('reads the role played by a country as what the praise is of', () => {
    expect(findRelation(draft, 'statement', 'malta', 'norway')).toBeDefined();
  });
});
