// "Malta's Foreign Minister Ana Vell met with a Norwegian delegation": a person meeting another
// side in person is the person's country meeting that side.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe("a minister meeting another country's delegation", () => {
  const draft = readFixture('met-a-delegation.txt', '2025-03-05');

  it('reads the minister meeting the country on the day', () => {
    expect(findRelation(draft, 'meeting', 'ana-vell', 'norway')?.date).toBe('2025-03-04');
  });

  it("reads the minister's country meeting the other on the day", () => {
    expect(findRelation(draft, 'meeting', 'malta', 'norway')?.date).toBe('2025-03-04');
  });
});
