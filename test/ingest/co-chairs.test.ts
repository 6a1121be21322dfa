// "The meeting was co-chaired by A and B", "A and B co-chaired the talks": those who chair a
// meeting together meet in it, on its day.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetweenLabels, readLead } from './fixture-reading';

describe('the co-chairs of a meeting', () => {
  it('meet, when told by a passive', () => {
    const draft = readLead(
      'Border committee meets',
      'The meeting in Putrajaya was co-chaired by Chilean Defence Minister Jan Roe and Peruvian Deputy Defence Minister Tomas Ruiz on Thursday.',
      'KUALA LUMPUR',
    );
    expect(kindsBetweenLabels(draft, 'Jan Roe', 'Tomas Ruiz')).toContain('meeting');
    expect(findRelation(draft, 'meeting', 'chile', 'peru')?.date).toBe('2025-02-27');
  });

  it('meet, when they are the subject', () => {
    const draft = readLead(
      'Border committee meets',
      'Chilean Defence Minister Jan Roe and Peruvian Defence Minister Tomas Ruiz co-chaired the meeting on Thursday.',
      'KUALA LUMPUR',
    );
    expect(kindsBetweenLabels(draft, 'Jan Roe', 'Tomas Ruiz')).toContain('meeting');
  });
});
