// "the Peru-Chile war": the two sides a dash joins before a war noun fight each other (a war going
// on, no deed of the day); "Chile's offensive in Peru" is waged as "Chile's war in Peru" is; a
// trade war is no war of arms.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a war named by its two sides', () => {
  const draft = readFixture('dashed-war.txt', '2025-03-03');
  const force = (a: string, b: string) => findRelation(draft, 'military-action', a, b);

  it('is fought by each side on the other, undated', () => {
    expect(force('peru', 'chile')).toBeDefined();
    expect(force('chile', 'peru')).toBeDefined();
    expect(force('peru', 'chile')?.date).toBeUndefined();
  });

  it('makes no war of a trade war', () => {
    const sentence = draft.relations.filter((p) => p.sentence === 3);
    expect(sentence.filter((p) => p.relation.kind === 'military-action')).toEqual([]);
  });
});

describe('an offensive owned by one side in another', () => {
  const draft = readFixture('dashed-war.txt', '2025-03-03');

  it('is force of the owner on the other', () => {
    const waged = draft.relations.filter(
      (p) => p.sentence === 2 && p.relation.kind === 'military-action',
    );
    expect(waged.map((p) => [p.relation.source, p.relation.target])).toContainEqual([
      'chile',
      'peru',
    ]);
  });
});
