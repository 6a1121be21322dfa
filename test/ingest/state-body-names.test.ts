// A state's own body written two ways ("Maltese Coast Guard", "Malta Coast Guard") is one body,
// under the country's adjective with its name as an alias; a body named with its country after
// "of" ("the Armed Forces of Iceland") acts for that country; a company so named does not.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('state-body-names.txt', '2025-05-05');
const labels = draft.entities.map((p) => p.entity.label);

describe('a state body written with its country', () => {
  it("is one body, whether the country's adjective or its name opens it", () => {
    expect(labels.filter((l) => /Coast Guard$/.test(l))).toEqual(['Maltese Coast Guard']);
    const body = draft.entities.find((p) => p.entity.label === 'Maltese Coast Guard')?.entity;
    expect(body?.aliases).toContain('Malta Coast Guard');
    expect(findRelation(draft, 'affiliation', 'maltese-coast-guard', 'malta')).toBeDefined();
  });

  it('acts for the country named after "of"', () => {
    expect(findRelation(draft, 'affiliation', 'armed-forces-of-iceland', 'iceland')).toBeDefined();
  });

  it('a company named after a place acts for no country', () => {
    const bank = draft.entities.find((p) => p.entity.label === 'Bank of America')?.entity;
    const ties = draft.relations.filter((p) => p.relation.source === bank?.id);
    expect(ties.map((p) => p.relation.kind)).not.toContain('affiliation');
  });
});
