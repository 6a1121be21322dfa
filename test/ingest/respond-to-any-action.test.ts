// "said it would respond to any Maltese action": an answer held out over the other side's deeds
// is a threat; "would respond to Malta's proposal" is none.
import { describe, expect, it } from 'vitest';
import { kindsBetween, readFixture } from './fixture-reading';

describe('a response promised to any action of the other side', () => {
  const draft = readFixture('respond-to-any-action.txt', '2025-03-06');

  it('reads a threat towards the side whose action it answers, and only one', () => {
    expect(kindsBetween(draft, 'norway', 'malta').filter((k) => k === 'threat')).toHaveLength(1);
  });
});
