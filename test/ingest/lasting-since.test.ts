// A sentence opened by the time it lasts over ("Since 2023, Bolivia has been attacking
// Chile") tells a lasting state: the day of the story's lead is not its day.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('lasting-since.txt', '2025-03-03');

describe('a sentence opened by "Since 2023,"', () => {
  it('keeps the deed it tells, with no day of the lead', () => {
    const rockets = findRelation(draft, 'military-action', 'bolivia', 'chile');
    expect(rockets).toBeDefined();
    expect(rockets?.date).toBeUndefined();
  });

  it('while the lead’s own deed keeps its day', () => {
    expect(findRelation(draft, 'military-action', 'bolivia', 'peru')?.date).toBe('2025-03-03');
  });
});
