// A proposal accepted or a plan rejected is a deed toward the ones who made it, named by a
// participle and "by" after it ("the proposal put forward by Norway and Sweden").
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a proposal made by others', () => {
  const draft = readFixture('proposed-by.txt', '2025-03-03');

  it('is accepted from each of those who put it forward', () => {
    for (const side of ['norway', 'sweden'])
      expect(findRelation(draft, 'agreement', 'harbour-front', side)?.date).toBe('2025-03-03');
  });

  it('is rejected from the one who drafted it', () => {
    expect(findRelation(draft, 'rejection', 'iceland', 'united-states')).toBeDefined();
  });
});
