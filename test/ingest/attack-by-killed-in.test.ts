// "The attack by Norway on Wednesday killed 31 people in Sweden": a deed told by its noun and
// its agent after "by", its target the country its harm fell in.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('an attack by an agent that killed people in a country', () => {
  const draft = readFixture('attack-by-killed-in.txt', '2025-03-06');

  it('reads the force of the agent on that country, on the day', () => {
    expect(findRelation(draft, 'military-action', 'norway', 'sweden')?.date).toBe('2025-03-05');
  });
});
