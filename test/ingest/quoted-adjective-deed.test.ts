// "condemned what it called the "unprovoked" Estonian strikes", "condemned the “reckless” Swedish
// drills": quotation marks about an adjective stand between the verb and the doer's adjective.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe("a deed condemned with a quoted adjective before its doer's", () => {
  const draft = readFixture('quoted-adjective-deed.txt', '2025-03-06');

  it('reads the criticism past straight quotation marks and a hedge', () => {
    expect(findRelation(draft, 'criticism', 'latvia', 'estonia')).toBeDefined();
  });

  it('reads the criticism past curly quotation marks', () => {
    expect(findRelation(draft, 'criticism', 'finland', 'sweden')?.date).toBe('2025-03-05');
  });
});
