// "said that Malta's sovereignty …": what is said of a thing of Malta's is said of Malta; "said
// Iceland's minister X would …" is said of the minister, not of Iceland.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a statement opening with an owner', () => {
  const draft = readFixture('statement-of-an-owner.txt', '2025-03-03');

  it('is of the owner', () => {
    expect(findRelation(draft, 'statement', 'jon-dahl', 'malta')?.date).toBe('2025-03-03');
  });

  it('is not of the country whose minister it names', () => {
    expect(findRelation(draft, 'statement', 'lena-holm', 'iceland')).toBeUndefined();
  });
});
