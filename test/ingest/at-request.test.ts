// What one does "at the request of" another, the other asked for: a demand of the one named
// after "of" on the clause's subject, whether the phrase closes the clause or opens it.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('at-request.txt', '2025-03-03');

describe('at the request of', () => {
  it('is a demand on the subject by the one who asked, on the day', () => {
    expect(findRelation(draft, 'demand', 'bolivia', 'peru')?.date).toBe('2025-03-03');
    expect(findRelation(draft, 'demand', 'peru', 'bolivia')).toBeUndefined();
  });

  it('opening the sentence, of the subject after its comma', () => {
    expect(findRelation(draft, 'demand', 'ecuador', 'peru')).toBeDefined();
    expect(findRelation(draft, 'talks', 'peru', 'chile')).toBeDefined();
  });
});
