// Words in writing: "sent a letter to the Council" is a statement to the Council, by each who
// sent it, on the day; a letter only planned is none, and troops sent are no letter. An accord
// told as over ("declaring that the deal has ended") is no agreement between its parties.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

const draft = readFixture('letter-sent.txt', '2025-03-03');

describe('a letter sent', () => {
  it('is a statement to the one it is sent to, by each sender, on the day', () => {
    for (const sender of ['bolivia', 'peru', 'chile'])
      expect(findRelation(draft, 'statement', sender, 'un-security-council')?.date).toBe(
        '2025-03-01',
      );
  });

  it('but a letter only planned is none, and troops sent are no letter', () => {
    expect(kindsBetween(draft, 'peru', 'ecuador')).toEqual([]);
    expect(
      draft.relations.some(
        (r) =>
          r.relation.source === 'chile' &&
          r.relation.kind === 'statement' &&
          r.relation.target !== 'un-security-council',
      ),
    ).toBe(false);
  });
});

describe('an accord told as over', () => {
  it('is no agreement between those who tell it', () => {
    expect(findRelation(draft, 'agreement', 'bolivia', 'peru')).toBeUndefined();
    expect(findRelation(draft, 'agreement', 'peru', 'chile')).toBeUndefined();
  });
});
