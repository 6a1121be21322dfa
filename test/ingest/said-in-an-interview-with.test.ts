// "X said in an interview with Fox News that Y must …": the occasion and its medium stand
// between the saying and what it is about; Y is still the one the demand is on.
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

describe('a saying told with its interview and medium', () => {
  it('is about the one named after "that"', () => {
    const draft = readLead(
      'Envoy speaks',
      'Chilean envoy Jan Roe said in an interview with Fox News on Sunday that Peru must free all prisoners.',
    );
    const roe = draft.entities.find((e) => e.entity.label === 'Jan Roe')?.entity.id ?? '(none)';
    expect(findRelation(draft, 'demand', roe, 'peru')?.date).toBe('2025-03-02');
  });
});
