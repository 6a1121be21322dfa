// "plans to phone his Peruvian and Bolivian counterparts Tomas Ruiz and Jan Roe": a call
// promised is planned, with each of the people named after "counterparts"; "flew to Lima to
// meet Ruiz" is still a meeting held.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

describe('counterparts named after their title', () => {
  it('are each the other party of a call planned', () => {
    const draft = readLead(
      'Calls promised',
      'Chilean President Anton Velko plans to phone his Peruvian and Bolivian counterparts Tomas Ruiz and Jan Roe about the dam dispute.',
      'SANTIAGO',
    );
    expect(kindsBetweenLabels(draft, 'Anton Velko', 'Tomas Ruiz')).toEqual(['planned-meeting']);
    expect(kindsBetweenLabels(draft, 'Anton Velko', 'Jan Roe')).toEqual(['planned-meeting']);
  });

  it('leave a journey made to meet someone a meeting', () => {
    const draft = readLead(
      'Visit',
      'Chilean President Anton Velko flew to Lima to meet Peruvian President Tomas Ruiz on Monday.',
      'LIMA',
    );
    expect(kindsBetweenLabels(draft, 'Anton Velko', 'Tomas Ruiz')).toContain('meeting');
  });
});
