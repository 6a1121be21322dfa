// A meeting told beside another deed: ", meeting President X" after the clause is its subject's
// meeting; "to facilitate a face-to-face meeting between A and B" is a meeting only planned.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('a meeting told by a participle after the clause', () => {
  it('is a meeting of the clause’s subject', () => {
    const draft = readLead(
      'Minister in Lima',
      'Chilean Foreign Minister Anton Velko landed in Lima on Sunday, meeting Peruvian President Boris Marek at the palace.',
    );
    expect(kindsBetweenLabels(draft, 'Anton Velko', 'Boris Marek')).toContain('meeting');
  });

  it('is no meeting when demands are met', () => {
    const draft = readLead(
      'Chile answers',
      'Chile accused Peru of the attack on Sunday, meeting Bolivia’s demands for an inquiry.',
    );
    expect(kindsBetweenLabels(draft, 'Peru', 'Bolivia')).toEqual([]);
    expect(kindsBetweenLabels(draft, 'Chile', 'Bolivia')).not.toContain('meeting');
  });
});

describe('a meeting someone means to bring about', () => {
  it('is planned, not held', () => {
    const draft = readLead(
      'Envoy’s task',
      'Norway hopes to facilitate a face-to-face meeting between Chilean President Jan Roe and Peruvian President Boris Marek before the summer.',
    );
    const kinds = kindsBetweenLabels(draft, 'Jan Roe', 'Boris Marek');
    expect(kinds).toContain('planned-meeting');
    expect(kinds).not.toContain('meeting');
  });
});
