// A gathering told in a relative clause of another thing ("pushed a resolution that would have
// given time for talks") is not the subjects' own; one of their own gathering ("held a meeting
// that included discussions") is; and "a deal that ended the war" is still an accord.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('relative-gathering.txt', '2025-03-03');

describe('a gathering in a relative clause', () => {
  it('of another thing is not the subjects’ gathering', () => {
    expect(findRelation(draft, 'planned-meeting', 'peru', 'chile')).toBeUndefined();
    expect(findRelation(draft, 'talks', 'peru', 'chile')).toBeUndefined();
  });

  it('of their own gathering is theirs', () => {
    expect(findRelation(draft, 'meeting', 'bolivia', 'ecuador')).toBeDefined();
    expect(findRelation(draft, 'talks', 'bolivia', 'ecuador')).toBeDefined();
  });

  it('and an accord that ended a war is an accord', () => {
    expect(findRelation(draft, 'agreement', 'paraguay', 'uruguay')).toBeDefined();
  });
});
