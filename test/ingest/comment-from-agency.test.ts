// "None of the refiners responded to requests for comment from Reuters": the agency that asked is
// the press, so the wire's name closing the headline ("… sanctions – Reuters") is no one
// sanctioned either.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('comment-from-agency.txt', '2025-03-04');

describe('an agency asking for comment', () => {
  it('is no entity, and nothing falls on it', () => {
    expect(draft.entities.map((e) => e.entity.label)).not.toContain('Reuters');
    expect(draft.relations.filter((p) => p.relation.kind === 'sanction')).toHaveLength(1);
  });

  it('leaves the sanction the article tells', () => {
    expect(findRelation(draft, 'sanction', 'peru', 'chile')).toBeDefined();
  });
});
