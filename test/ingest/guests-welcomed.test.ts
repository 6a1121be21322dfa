// "Ruiz welcomed Bolivian President Luis Vale and Chile's President Tomas Oak to Lima": guests
// welcomed to a place are received, each met; a decision welcomed is no guest.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('guests-welcomed.txt', '2025-03-04');
const idOf = (label: string) =>
  draft.entities.find((e) => e.entity.label === label)?.entity.id ?? '';

describe('guests welcomed to a place', () => {
  it('are each met by their host on the day', () => {
    for (const guest of ['Luis Vale', 'Tomas Oak']) {
      const met = findRelation(draft, 'meeting', idOf('Jo Ruiz'), idOf(guest));
      expect(met?.date).toBe('2025-03-04');
    }
  });

  it('are not a decision welcomed', () => {
    const last = draft.sentences.findIndex((t) => t.includes('decision'));
    expect(last).toBeGreaterThan(0);
    const met = draft.relations.filter((p) => p.sentence === last && p.relation.kind === 'meeting');
    expect(met).toEqual([]);
  });
});
