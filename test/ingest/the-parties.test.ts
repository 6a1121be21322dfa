// "During the meeting, the parties agreed to exchange prisoners", "the warring parties agreed":
// in a story of two sides, "the parties" are those two sides, as "both sides" are.
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

describe('"the parties" of a story of two sides', () => {
  it('are its two sides', () => {
    const draft = readLead(
      'Talks',
      'Peru and Chile held a third round of talks in Quito on Sunday. During the meeting, the parties agreed to exchange prisoners.',
    );
    const agreement = findRelation(draft, 'agreement', 'peru', 'chile');
    expect(agreement?.evidence[0]?.quote).toContain('the parties agreed');
  });

  it('are the two sides after "the warring"', () => {
    const draft = readLead(
      'Talks',
      'Peru and Chile held talks in Quito on Sunday. Ecuador urged the warring parties to keep the truce.',
    );
    expect(findRelation(draft, 'demand', 'ecuador', 'peru')).toBeDefined();
    expect(findRelation(draft, 'demand', 'ecuador', 'chile')).toBeDefined();
  });
});
