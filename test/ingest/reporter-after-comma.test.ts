// "… the Peruvian drone incursion into Chilean airspace, Bolivia's Foreign Ministry announced":
// who reports a deed after a comma is not what the deed fell on; the country whose airspace it
// entered is.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('reporter-after-comma.txt', '2025-09-11');

describe('a reporter after a comma', () => {
  it('is not the target of the deed reported', () => {
    const ministry = draft.entities.find((e) => e.entity.label.includes('Foreign Ministry'));
    expect(ministry).toBeDefined();
    const id = ministry?.entity.id ?? '';
    expect(findRelation(draft, 'military-action', 'peru', id)).toBeUndefined();
    expect(findRelation(draft, 'military-action', 'peru', 'chile')).toBeDefined();
  });
});
