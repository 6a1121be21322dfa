// "…, with President Jo Ruiz accusing Lima of …": the one named after "with" makes the accusation
// the participle tells; "urged a return to diplomacy, and for Bolivia to allow …": the one named
// after a later "for" and asked "to" act is the one the appeal is made of.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('with-accusing-and-for-to.txt', '2025-03-12');

describe('a participle after "with" and a name', () => {
  it('is that person’s deed', () => {
    expect(findRelation(draft, 'criticism', 'jo-ruiz', 'peru')).toBeDefined();
  });
});

describe('an appeal "for" someone "to" act', () => {
  it('is made of that one', () => {
    expect(findRelation(draft, 'demand', 'ana-sol', 'bolivia')?.date).toBe('2025-03-11');
  });
});
