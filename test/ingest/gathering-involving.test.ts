// "a summit involving A, B and C": each two of those it lists meet, or plan to where the summit
// is yet to be held.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('a gathering involving those it lists', () => {
  it('is a meeting of each two of them', () => {
    const draft = readLead(
      'Summit held',
      'A summit involving Chilean President Anton Velko, Peruvian President Tomas Ruiz and Bolivian President Jan Roe took place in Lima on Monday.',
      'LIMA',
    );
    expect(kindsBetweenLabels(draft, 'Anton Velko', 'Tomas Ruiz')).toContain('meeting');
    expect(kindsBetweenLabels(draft, 'Anton Velko', 'Jan Roe')).toContain('meeting');
    expect(kindsBetweenLabels(draft, 'Tomas Ruiz', 'Jan Roe')).toContain('meeting');
  });

  it('is planned where it is yet to be held', () => {
    const draft = readLead(
      'Summit proposed',
      'Norway will hold a summit involving Chilean President Anton Velko and Peruvian President Tomas Ruiz, its prime minister Jonas Halvard said.',
      'OSLO',
    );
    const kinds = kindsBetweenLabels(draft, 'Anton Velko', 'Tomas Ruiz');
    expect(kinds).toContain('planned-meeting');
    expect(kinds).not.toContain('meeting');
  });
});
