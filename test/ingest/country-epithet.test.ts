// "The Gulf state also urged Chile …", "The landlocked nation recalled its ambassador": a country
// named by an epithet after it was named is that country, as "the country" is.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('country-epithet.txt', '2025-03-04');

describe('a country named by an epithet', () => {
  it('acts as the country named before', () => {
    expect(findRelation(draft, 'demand', 'qatar', 'chile')).toBeDefined();
    expect(findRelation(draft, 'sanction', 'bolivia', 'chile')).toBeDefined();
  });
});
