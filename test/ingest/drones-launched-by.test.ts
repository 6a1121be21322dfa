// "intercepted drones launched by Sweden": the one that launched them attacked the one that
// stopped them; "neutralized 25 Danish drones" (the tagger reads the participle as a noun) is
// stopping them too.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('drones stopped, their launcher named after "launched by"', () => {
  const draft = readFixture('drones-launched-by.txt', '2025-03-06');

  it('reads the launcher attacking the one that intercepted them', () => {
    expect(findRelation(draft, 'military-action', 'sweden', 'norway')?.date).toBe('2025-03-05');
  });

  it('reads drones neutralized as stopped', () => {
    expect(findRelation(draft, 'military-action', 'denmark', 'finland')?.date).toBe('2025-03-04');
  });
});
