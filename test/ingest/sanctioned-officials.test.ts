// "sanctions on Maltese judge Ana Borg": the country's adjective describes the one sanctioned,
// who is the target, not the country; the law a deed is done under is no party to it; judges and
// justices are titles; and a group designated as terrorists is sanctioned (CAMEO 163).
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

const draft = readFixture('sanctioned-officials.txt', '2025-08-04');
const entityId = (label: string) => draft.entities.find((p) => p.entity.label === label)?.entity.id;

describe('sanctions on a described person', () => {
  it('fall on the person, not on the country whose adjective describes them', () => {
    expect(findRelation(draft, 'sanction', 'united-states', 'ana-borg')).toBeDefined();
    expect(kindsBetween(draft, 'united-states', 'malta')).not.toContain('sanction');
  });

  it('do not fall on the law they are imposed under', () => {
    const targets = draft.relations
      .filter((p) => p.relation.kind === 'sanction')
      .map((p) => p.relation.target);
    expect(targets.some((t) => t.includes('magnitsky'))).toBe(false);
  });
});

describe('the bench', () => {
  it("a judge or a justice written with the country's adjective is the country's", () => {
    expect(findRelation(draft, 'affiliation', 'ana-borg', 'malta')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'karl-vella', 'malta')).toBeDefined();
  });

  it('a justice is a person who sits on the court, not part of its name', () => {
    expect(entityId('Karl Vella')).toBe('karl-vella');
    const court = entityId('Maltese Supreme Court');
    expect(court).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'karl-vella', court ?? '')).toBeDefined();
  });
});

describe('a terrorist designation', () => {
  it('is a sanction on the group designated', () => {
    expect(kindsBetween(draft, 'us-state-department', 'harbour-front')).toContain('sanction');
  });
});
