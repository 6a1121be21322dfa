// Words told as the purpose of a call ("he called the leaders of Peru and Chile to urge them to
// stop the fighting") are the caller's, said to the ones called: the callers are not the ones
// making the demand, and the caller is not its target.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('called-to-urge.txt', '2025-03-03');

describe('a call made to urge', () => {
  it('is the caller’s demand on those called', () => {
    expect(findRelation(draft, 'demand', 'donald-trump', 'peru')).toBeDefined();
    expect(findRelation(draft, 'demand', 'donald-trump', 'chile')).toBeDefined();
  });

  it('is no demand of those called on the caller', () => {
    expect(findRelation(draft, 'demand', 'peru', 'donald-trump')).toBeUndefined();
    expect(findRelation(draft, 'demand', 'chile', 'donald-trump')).toBeUndefined();
  });
});
