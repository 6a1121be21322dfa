// "Chile shelled a Peruvian border post, according to a letter": the attribution's "according"
// is no accord struck (its lemma was "accord", which made the force no force), and a surname
// cited after "according to" is the person named before, not a new body.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a deed told according to a source', () => {
  const draft = readFixture('deed-according-to.txt', '2025-03-04');

  it('is read as the deed it is', () => {
    expect(findRelation(draft, 'military-action', 'chile', 'peru')).toBeDefined();
  });

  it('makes no body of a surname cited after "according to"', () => {
    const bodies = draft.entities.filter((e) => e.entity.kind === 'organization');
    expect(bodies.map((e) => e.entity.label)).not.toContain('Ruiz');
  });
});
