// "called the trial of former president Jon Lund a “witch hunt”": what something of a person is
// called is said of that person, as "called Jon Lund a liar" is; "called Lund on Thursday" stays
// a phone call.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('named-trial.txt', '2025-07-10');

describe("naming a person's trial", () => {
  it('is a statement about the person, dated', () => {
    expect(findRelation(draft, 'statement', 'ana-vell', 'jon-lund')).toMatchObject({
      date: '2025-07-09',
    });
  });

  it('leaves a call as a call', () => {
    expect(findRelation(draft, 'call', 'ana-vell', 'jon-lund')).toBeDefined();
  });
});
