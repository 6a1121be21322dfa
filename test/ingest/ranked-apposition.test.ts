// "Jo Roe, a senior Hamas official, said …", "a top Houthi leader": a rank before the body's
// name in an apposition is part of the title, and the person works for the body as in "Jo Roe,
// a Hamas official".
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('a ranked title in an apposition', () => {
  it('reads "a senior Hamas official" as working for Hamas', () => {
    const draft = readLead(
      'Group answers',
      'Karim Haddad, a senior Hamas official, said the group had accepted the proposal.',
    );
    expect(kindsBetweenLabels(draft, 'Karim Haddad', 'Hamas')).toContain('affiliation');
  });

  it('reads "a top Houthi leader" as working for the Houthis', () => {
    const draft = readLead(
      'Group answers',
      'Yahya Saleh, a top Houthi leader, confirmed the attack on the port.',
    );
    expect(kindsBetweenLabels(draft, 'Yahya Saleh', 'Houthis')).toContain('affiliation');
  });
});
