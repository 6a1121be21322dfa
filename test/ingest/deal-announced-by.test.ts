// "The agreement, announced by Icelandic President Eva Berg in Reykjavik, …": the one who told
// the accord the article told before, named after the participle's "by", speaks of each of its
// parties.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('an accord told before, announced by a third party', () => {
  const draft = readFixture('deal-announced-by.txt', '2025-03-08');

  it('reads the accord of the two sides', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'norway')?.date).toBe('2025-03-08');
  });

  it("reads the announcer's statement towards each side", () => {
    expect(findRelation(draft, 'statement', 'eva-berg', 'malta')).toBeDefined();
    expect(findRelation(draft, 'statement', 'eva-berg', 'norway')).toBeDefined();
  });
});
