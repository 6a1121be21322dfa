// Three sayings and deeds a verb's usual reading missed: a name given as "referred to X as a …",
// a statement about "relations between Chile and Peru" (said of the other side, not the
// speaker's own), and aid "ended" as it is cut or halted.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('referred to someone as a name', () => {
  const draft = readFixture('referred-to-as.txt', '2025-03-08');

  it('is a statement of the speaker about them, on the day told', () => {
    expect(findRelation(draft, 'statement', 'ana-sol', 'jo-ruiz')?.date).toBe('2025-03-07');
  });

  it('is nothing where one only refers to a thing', () => {
    expect(draft.relations.filter((p) => p.sentence === 2)).toEqual([]);
  });
});

describe('relations between two sides, said by one', () => {
  const draft = readFixture('relations-between-said.txt', '2025-03-03');

  it('is a statement about the other side', () => {
    expect(findRelation(draft, 'statement', 'eva-paz', 'peru')?.date).toBe('2025-03-03');
    expect(kindsBetween(draft, 'eva-paz', 'chile')).not.toContain('statement');
  });
});

describe('aid ended', () => {
  const draft = readFixture('aid-ended.txt', '2025-03-03');

  it('is aid cut, a sanction on the one it went to', () => {
    expect(findRelation(draft, 'sanction', 'chile', 'peru')?.date).toBe('2025-03-03');
  });
});
