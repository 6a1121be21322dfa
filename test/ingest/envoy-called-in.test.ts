// "called in the ambassador" is a summons in other words: a protest to the envoy's side, by
// whoever called them in (after "by" in the passive); a ship that "called in at" a port is no
// summons, and the port no party.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('envoy-called-in.txt', '2025-03-03');

describe('an envoy called in', () => {
  it('is a protest to the envoy, on the day', () => {
    const protest = findRelation(draft, 'protest', 'jo-ruiz', 'eva-paz');
    expect(protest?.date).toBe('2025-02-27');
  });

  it('in the passive, by the one after "by"', () => {
    const protest = draft.relations.find(
      (r) => r.relation.kind === 'protest' && r.relation.target === 'bolivia',
    );
    expect(protest?.relation.source).toMatch(/chile/);
    expect(draft.relations.some((r) => r.relation.source === 'bolivia')).toBe(false);
  });

  it('but a ship calling in at a port summons no one', () => {
    expect(draft.relations.filter((r) => r.relation.kind === 'protest')).toHaveLength(2);
  });
});
