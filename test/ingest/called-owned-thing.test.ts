// "called Norway's decision “out of proportion”", "called Latvia's border plan a mistake": a
// name given to what another side did is said of that side, no phone call.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe("a name given to another side's deed", () => {
  const draft = readFixture('called-owned-thing.txt', '2025-03-04');

  it('reads a statement of the speaker towards the side whose deed is named', () => {
    expect(findRelation(draft, 'statement', 'ana-vell', 'norway')).toBeDefined();
    expect(findRelation(draft, 'statement', 'kai-saar', 'latvia')).toBeDefined();
  });

  it('reads no call', () => {
    expect(kindsBetween(draft, 'ana-vell', 'norway')).not.toContain('call');
  });
});
