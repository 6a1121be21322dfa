// "are due to meet … on Monday for a second round of direct talks": the talks the meeting is
// set for are still to come, no talks held today; "met … on Friday for a first round of talks"
// are held.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

describe('talks a meeting is set for', () => {
  const draft = readFixture('due-to-meet-for-talks.txt', '2025-06-01');

  it('reads the planned meeting and no talks held', () => {
    expect(findRelation(draft, 'planned-meeting', 'norway', 'sweden')?.date).toBe('2025-06-02');
    expect(kindsBetween(draft, 'norway', 'sweden')).not.toContain('talks');
  });

  it('reads talks a meeting held was for', () => {
    expect(findRelation(draft, 'talks', 'malta', 'iceland')?.date).toBe('2025-05-30');
  });
});
