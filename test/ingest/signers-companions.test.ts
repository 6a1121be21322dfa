// Who signs: a subject with companions each named beside their office ("Oak, along with the
// president of Ecuador, Jo Ruiz, and the president of Chile, Eva Paz, signed …") signs with
// them; an accord "inked by" two is signed by them.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('signers-companions.txt', '2025-03-03');

describe('a subject with companions named beside their offices', () => {
  it('signs with each of them, on the day', () => {
    expect(findRelation(draft, 'agreement', 'tomas-oak', 'jo-ruiz')?.date).toBe('2025-02-28');
    expect(findRelation(draft, 'agreement', 'tomas-oak', 'eva-paz')?.date).toBe('2025-02-28');
    expect(findRelation(draft, 'agreement', 'jo-ruiz', 'eva-paz')?.date).toBe('2025-02-28');
  });
});

describe('an accord inked by two', () => {
  it('is their agreement', () => {
    expect(findRelation(draft, 'agreement', 'luis-vale', 'ana-sol')?.date).toBe('2025-03-02');
  });
});
