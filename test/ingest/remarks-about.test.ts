// "Jo Ruiz's remarks on Tomas Oak", "Eva Paz's comments about Peru": words someone said, told by
// the noun with its speaker's possessive and what they were about, are a statement of the one to
// the other.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('remarks named by their speaker and their subject', () => {
  const draft = readFixture('remarks-about.txt', '2025-03-04');

  it('are a statement of the speaker about the one they were on', () => {
    expect(findRelation(draft, 'statement', 'jo-ruiz', 'tomas-oak')).toBeDefined();
    expect(findRelation(draft, 'statement', 'eva-paz', 'peru')).toBeDefined();
  });

  it('leave the summons to the envoy’s state', () => {
    expect(findRelation(draft, 'protest', 'bolivia', 'chile')?.date).toBe('2025-03-03');
  });
});
