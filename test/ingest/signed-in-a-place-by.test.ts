// "The pact was signed in Valletta by A and B on Wednesday", "was signed at the Presidential
// Palace in Tallinn on Tuesday by A and B": the place the accord was signed in stands between
// the passive verb and its signers.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('an accord signed in a named place by its signers', () => {
  const draft = readFixture('signed-in-a-place-by.txt', '2025-03-06');

  it('reads the two signers after the city as agreeing on the day', () => {
    expect(findRelation(draft, 'agreement', 'ana-vell', 'jon-dahl')?.date).toBe('2025-03-05');
  });

  it('reads the two countries after a palace and its city', () => {
    expect(findRelation(draft, 'agreement', 'estonia', 'latvia')?.date).toBe('2025-03-04');
  });
});
