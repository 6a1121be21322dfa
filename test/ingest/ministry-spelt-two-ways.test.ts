// "Peru's defence ministry" and, later, "the Peruvian Ministry of National Defense" are one
// ministry, and so are "the Chilean Ministry of Defense" and "the Chilean Defence Ministry": a
// ministry of defence is also known by the other spelling and as "of National Defence", as news
// and the states themselves name it, whichever way the article names it first.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('ministry-spelt-two-ways.txt', '2025-03-04');
const ministries = draft.entities.filter((e) => /Peruvian.*Ministry/.test(e.entity.label));
const chilean = draft.entities.filter((e) => /Chilean.*Ministry/.test(e.entity.label));

describe('a defence ministry spelt two ways', () => {
  it('is one entity, both names its own', () => {
    expect(ministries).toHaveLength(1);
    expect(ministries[0]?.entity.aliases).toContain('Peruvian Ministry of National Defense');
  });

  it('acts in both sentences', () => {
    const id = ministries[0]?.entity.id ?? '';
    expect(findRelation(draft, 'criticism', id, 'chile')).toBeDefined();
    expect(findRelation(draft, 'demand', id, 'chile')).toBeDefined();
  });

  it('is one entity when its capitalised name comes first', () => {
    expect(chilean).toHaveLength(1);
    expect(findRelation(draft, 'criticism', chilean[0]?.entity.id ?? '', 'peru')).toBeDefined();
  });
});
