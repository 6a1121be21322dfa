// "an incursion into Bolivian airspace by Chilean drones": a deed told by a noun, its target
// after "into" (with a noun of its own) and its agent after "by", the country whose drones they
// are — not the sentence's subject, which suffered it.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('an incursion by another side’s drones', () => {
  const draft = readFixture('incursion-by-drones.txt', '2025-03-06');

  it('is force of the drones’ country on the one whose airspace it is', () => {
    expect(findRelation(draft, 'military-action', 'chile', 'bolivia')?.date).toBe('2025-03-05');
  });

  it('is not force of the one that suffered it', () => {
    expect(findRelation(draft, 'military-action', 'bolivia', 'chile')).toBeUndefined();
  });
});
