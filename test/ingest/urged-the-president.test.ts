// "Chilean President Tomas Oak … Bolivian President Eva Paz urged the Chilean president to act":
// the role named with a country's adjective stands for the person named before, and the demand
// falls on that person, not on the country; "urged the Chilean government" still falls on Chile.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readLead } from './fixture-reading';

describe('a demand on "the Chilean president"', () => {
  it('falls on the president named before', () => {
    const draft = readLead(
      'Oak urged',
      'Chilean President Tomas Oak will visit Lima on Wednesday. Bolivian President Eva Paz urged the Chilean president to act.',
    );
    expect(findRelation(draft, 'demand', 'eva-paz', 'tomas-oak')).toBeDefined();
    expect(kindsBetween(draft, 'eva-paz', 'chile')).not.toContain('demand');
  });

  it('falls on the country where its government is meant', () => {
    const draft = readLead('Chile urged', 'Bolivia urged the Chilean government to act.');
    expect(findRelation(draft, 'demand', 'bolivia', 'chile')).toBeDefined();
  });
});
