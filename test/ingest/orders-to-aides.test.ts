// An order given to a person ("instructed Minister of Defence Ana Sol to …", a title's "of"
// included) is a demand on that person; the accord they are told to finalise or sign, its name
// compounded of nouns ("a defence agreement", "a Border Security Agreement"), is not yet made.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('orders-to-aides.txt', '2025-03-12');

describe('an order given to a minister', () => {
  it('is a demand on the minister', () => {
    expect(findRelation(draft, 'demand', 'jo-ruiz', 'ana-sol')).toBeDefined();
    expect(findRelation(draft, 'demand', 'jo-ruiz', 'luis-vale')).toBeDefined();
  });

  it('makes no accord of the one the minister is told to finalise or sign', () => {
    expect(findRelation(draft, 'agreement', 'ana-sol', 'peru')).toBeUndefined();
    expect(findRelation(draft, 'agreement', 'luis-vale', 'bolivia')).toBeUndefined();
  });
});
