// Talks told as going on ("Negotiations are underway between A and B", even opening the
// sentence with a capital the tagger takes for a name's) are talks between the two.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('talks-underway.txt', '2025-03-03');

describe('talks told as under way between two sides', () => {
  it('are talks between them, on the day told', () => {
    expect(findRelation(draft, 'talks', 'peru', 'chile')?.date).toBe('2025-03-03');
  });

  it('and so are talks still taking place', () => {
    expect(findRelation(draft, 'talks', 'bolivia', 'ecuador')).toBeDefined();
  });
});
