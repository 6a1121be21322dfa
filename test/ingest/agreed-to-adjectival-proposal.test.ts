// "Malta agreed to the Norwegian proposal": a proposal its proposer's adjective names, agreed to
// past the verb's "to", is an agreement with the proposer, as "accepted the Norwegian proposal" is.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('agreeing to a proposal named by its proposer’s adjective', () => {
  const draft = readFixture('agreed-to-adjectival-proposal.txt', '2025-03-03');

  it('reads an agreement with the proposer on the day', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'norway')?.date).toBe('2025-03-02');
  });

  it('reads the "to" past the day between the verb and it ("agreed on Monday to …")', () => {
    expect(findRelation(draft, 'agreement', 'estonia', 'latvia')?.date).toBe('2025-03-03');
  });
});
