// "recalled Malta's ambassador to Norway": the state the envoy was posted to is the target, not
// the envoy's own; "2 min readLast updated: …" is the page's stamp, no sentence of the lead, so
// the headline's deed takes the lead's day; "fighting a case at the court" is no force used.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('an envoy recalled, a page stamp with its reading time, a case fought in court', () => {
  const draft = readFixture('recall-and-court-case.txt');

  it('reads the recall as a sanction on the state the envoy was posted to', () => {
    expect(findRelation(draft, 'sanction', 'ana-vell', 'norway')?.date).toBe('2025-03-05');
    expect(findRelation(draft, 'sanction', 'ana-vell', 'malta')).toBeUndefined();
  });

  it('dates the headline and standfirst recall by the lead, past the page stamp', () => {
    expect(findRelation(draft, 'sanction', 'malta', 'norway')?.date).toBe('2025-03-05');
  });

  it('reads a case fought at a court as no military action', () => {
    const court = draft.entities.find((e) => e.entity.label === 'International Court of Justice');
    const kinds = court ? kindsBetween(draft, 'norway', court.entity.id) : [];
    expect(kinds).not.toContain('military-action');
  });
});
