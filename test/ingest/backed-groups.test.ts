// A backer hyphened to its participle ("the Iceland-backed Harbour Front") describes the group
// after it: the backer is not struck with the group, "backed" is no verb of praise, and a
// country's possessive before it still owns the group. A holder ("Front-controlled port") is
// struck where it holds.
import { describe, expect, it } from 'vitest';
import {
  findRelation,
  kindsBetween,
  kindsBetweenLabels,
  readFixture,
  readLead,
} from './fixture-reading';

describe('a group described by its backer', () => {
  const draft = readFixture('backed-groups.txt', '2025-03-03');

  it('is struck without its backer', () => {
    expect(findRelation(draft, 'military-action', 'norway', 'harbour-front')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'norway', 'iceland')).toBeUndefined();
    expect(findRelation(draft, 'aid', 'iceland', 'harbour-front')).toBeDefined();
  });

  it('reads no statement from "backed"', () => {
    expect(draft.relations.filter((p) => p.relation.kind === 'statement')).toEqual([]);
  });

  it('is owned by the country whose possessive stands before its backer', () => {
    expect(kindsBetween(draft, 'harbour-front', 'denmark')).toEqual(['affiliation']);
  });

  it('is struck where it holds a place', () => {
    expect(findRelation(draft, 'military-action', 'norwegian-navy', 'harbour-front')).toBeDefined();
  });
});

describe('a sentence opening with the backing', () => {
  it('reads "Backed by neighbouring Iceland, the Harbour Front …" as Iceland’s aid to the Front', () => {
    const draft = readLead(
      'Front takes the port',
      'Backed by neighbouring Iceland, the Harbour Front is the strongest of the armed groups in the north.',
    );
    expect(kindsBetweenLabels(draft, 'Iceland', 'Harbour Front')).toEqual(['aid']);
  });
});
