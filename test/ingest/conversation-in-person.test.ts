// "the heads of the delegations, A and B, had a one-on-one conversation", "a face-to-face
// conversation with B": a conversation held in person is a meeting; a phone conversation stays
// a call.
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

describe('a conversation held in person', () => {
  it('is a meeting', () => {
    const draft = readLead(
      'Talks',
      'Before the full meeting on Sunday, the heads of the delegations, Jo Ruiz and Tomas Oak, had a one-on-one conversation.',
    );
    expect(findRelation(draft, 'meeting', 'jo-ruiz', 'tomas-oak')).toBeDefined();
    expect(findRelation(draft, 'call', 'jo-ruiz', 'tomas-oak')).toBeUndefined();
  });

  it('leaves a phone conversation a call', () => {
    const draft = readLead(
      'Talks',
      'Peruvian President Jo Ruiz had a phone conversation with Chilean President Tomas Oak on Sunday.',
    );
    expect(findRelation(draft, 'call', 'jo-ruiz', 'tomas-oak')?.date).toBe('2025-03-02');
    const face = readLead(
      'Talks',
      'Peruvian President Jo Ruiz had a face-to-face conversation with Chilean President Tomas Oak on Sunday.',
    );
    expect(findRelation(face, 'meeting', 'jo-ruiz', 'tomas-oak')?.date).toBe('2025-03-02');
  });
});
