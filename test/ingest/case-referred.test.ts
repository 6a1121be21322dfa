// "referred the matter to the International Court of Justice", "brought the case to …": a side
// appealing to a court or a body to act on its case (CAMEO 02); "referred to the crash" is only
// a mention.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

describe('a case referred to a court or a body', () => {
  const draft = readFixture('case-referred.txt', '2025-03-04');
  const idOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.id;
  const demandOn = (from: string, to: string) =>
    draft.relations.find(
      (p) =>
        p.relation.kind === 'demand' &&
        p.relation.source === from &&
        p.relation.target === idOf(to),
    )?.relation;

  it('is an appeal of the side to it, on the day told', () => {
    expect(demandOn('peru', 'International Court of Justice')?.date).toBe('2025-03-03');
    expect(demandOn('chile', 'UN Security Council')).toBeDefined();
  });

  it('is no appeal where someone only refers to a thing', () => {
    expect(draft.relations.filter((p) => p.sentence === 4 && p.relation.kind === 'demand')).toEqual(
      [],
    );
  });
});
