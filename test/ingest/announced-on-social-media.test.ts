// "announced on social media on Saturday that A and B had agreed …": the medium it was said on,
// like the day, stands between the verb and what it is said of.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('an accord announced on social media', () => {
  const draft = readFixture('announced-on-social-media.txt', '2025-03-08');

  it("reads the announcer's statement towards each side, on the day", () => {
    expect(findRelation(draft, 'statement', 'eva-berg', 'malta')?.date).toBe('2025-03-08');
    expect(findRelation(draft, 'statement', 'eva-berg', 'norway')?.date).toBe('2025-03-08');
  });

  it('reads the accord of the two sides', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'norway')?.date).toBe('2025-03-08');
  });
});
