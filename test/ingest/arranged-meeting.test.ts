// "is meeting X on Wednesday", "is holding talks with X on Friday": the present progressive with a
// day after it is an arrangement, a planned meeting on the coming day; "was meeting" is past.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('arranged-meeting.txt', '2025-03-03');

describe('a meeting told in the present progressive', () => {
  it('is planned for the coming day', () => {
    expect(findRelation(draft, 'planned-meeting', 'ana-vell', 'jon-lund')).toMatchObject({
      date: '2025-03-05',
    });
    expect(findRelation(draft, 'planned-meeting', 'malta', 'norway')).toMatchObject({
      date: '2025-03-07',
    });
  });

  it('in the past progressive is a meeting held', () => {
    expect(findRelation(draft, 'meeting', 'ana-vell', 'ulf-kristersson')).toMatchObject({
      date: '2025-02-27',
    });
  });
});
