// Support said of a side ("voiced support for Latvia", "reiterated its solidarity with Estonia")
// is a statement of endorsement (CAMEO 051); support for efforts names no side. Two sides that
// "spoke on the hotline" held a call.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readFixture } from './fixture-reading';

const name = 'support-and-hotline.txt';
const draft = readFixture(name, '2025-05-11');
const idOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.id;
const kindsOf = (a: string, b: string) => kindsBetweenLabels(draft, a, b);

describe('support said of a side, and a call on the hotline', () => {
  it('reads support voiced for a side as a statement of it', () => {
    expect(kindsOf('Finland', 'Latvia')).toEqual(['statement']);
    expect(kindsOf('Sweden', 'Estonia')).toEqual(['statement']);
  });

  it('reads no side from support for efforts', () => {
    expect(draft.relations.filter((r) => r.relation.source === idOf('China'))).toEqual([]);
  });

  it('reads two sides that spoke on the hotline as a call', () => {
    expect(kindsOf('Latvia', 'Estonia')).toContain('call');
  });
});
