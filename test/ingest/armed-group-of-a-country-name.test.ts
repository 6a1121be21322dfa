// An armed group the gazetteer knows by a name with a country's adjective in it ("the Pakistani
// Taliban") fights in or against that country: it does not act for it.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('an armed group named with a country’s adjective', () => {
  it('does not act for the country', () => {
    const draft = readLead(
      'Pakistani Taliban leader targeted in strike',
      'Pakistani Taliban leader Jo Roe was targeted in a strike in Kabul on Sunday, and Pakistan said the Pakistani Taliban had attacked its border posts.',
    );
    expect(kindsBetweenLabels(draft, 'Tehrik-i-Taliban Pakistan', 'Pakistan')).not.toContain(
      'affiliation',
    );
  });
});
