// An appeal for restraint, calm or a ceasefire that names no one ("Bolivia and Ecuador called
// for restraint") is made of the article's two sides, the ones who fight; an appeal naming its
// own target keeps it, and an article with no two sides gets no such demand.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture, readLead } from './fixture-reading';

const draft = readFixture('restraint-urged.txt', '2025-03-03');

describe('restraint urged of no one named', () => {
  it('is asked of both sides of the fighting', () => {
    for (const asker of ['bolivia', 'ecuador', 'paraguay', 'uruguay'])
      for (const side of ['peru', 'chile'])
        expect(findRelation(draft, 'demand', asker, side)).toBeDefined();
  });

  it('is asked of no one where the article has no two sides', () => {
    const alone = readLead('Calm urged', 'Bolivia urged restraint on Monday.');
    expect(alone.relations.filter((p) => p.relation.kind === 'demand')).toEqual([]);
  });
});
