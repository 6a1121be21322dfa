// "Karl Vella of the opposition Harbour Front": a word describing a party between "the" and its
// name leaves the person of the party; "the Malta National Salvation Front" is a political front
// named with its country, which it does not act for.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

const draft = readFixture('party-members.txt', '2025-10-27');
const idOf = (label: string) =>
  draft.entities.find((p) => p.entity.label === label)?.entity.id ?? label;

describe('a party member', () => {
  it('is of the party, past a word describing it', () => {
    expect(findRelation(draft, 'affiliation', 'karl-vella', idOf('Harbour Front'))).toBeDefined();
  });
});

describe('a front named with its country', () => {
  it('does not act for the country', () => {
    const front = idOf('Malta National Salvation Front');
    expect(draft.entities.map((p) => p.entity.id)).toContain(front);
    expect(kindsBetween(draft, front, 'malta')).not.toContain('affiliation');
  });
});
