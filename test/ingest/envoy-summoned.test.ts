// "Peru summons Chilean envoy over Oak's remarks" (a headline's verb), "Peru has summoned
// Bolivia's ambassador over comments by Chilean President Tomas Oak": the protest is made to the
// state whose envoy is summoned, not to whoever the reason names.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('envoy-summoned.txt', '2025-03-04');
const protests = draft.relations.filter((p) => p.relation.kind === 'protest');
const idOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.id;

describe('an envoy summoned', () => {
  it('is a protest to the envoy’s state, in a headline too', () => {
    expect(findRelation(draft, 'protest', 'peru', 'chile')).toBeDefined();
    expect(findRelation(draft, 'protest', 'peru', 'bolivia')).toBeDefined();
  });

  it('is no protest to the one whose words it was over', () => {
    const oak = idOf('Tomas Oak');
    expect(oak).toBeDefined();
    expect(protests.filter((p) => p.relation.target === oak)).toEqual([]);
  });
});
