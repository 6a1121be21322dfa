// "The presidents of A and B met": the two sides named by their leaders meet, as "the foreign
// ministers of A and B held talks" already did.
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

describe('two sides named by their leaders', () => {
  it('meet when their presidents meet', () => {
    const draft = readLead(
      'Leaders meet in Doha',
      'The presidents of Chile and Peru met in Doha on Tuesday and backed an end to the fighting.',
      'DOHA',
    );
    expect(findRelation(draft, 'meeting', 'chile', 'peru')?.date).toBe('2025-02-25');
  });

  it('are not read so from a place after "in"', () => {
    const draft = readLead(
      'Leaders meet in Doha',
      'The presidents of Chile and Peru met on Tuesday in Qatar, their hosts.',
      'DOHA',
    );
    expect(findRelation(draft, 'meeting', 'chile', 'qatar')).toBeUndefined();
  });
});
