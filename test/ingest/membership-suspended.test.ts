// "The African Union suspended Malta from all its activities", "suspended Iceland's membership": a
// body putting a member out for a time is a sanction (CAMEO 16), as the African Union does after
// a coup; suspended talks put no one out.
import { describe, expect, it } from 'vitest';
import { findRelation, kindsBetween, readFixture } from './fixture-reading';

const name = 'membership-suspended.txt';
const draft = readFixture(name, '2025-10-15');

describe('a member suspended', () => {
  it('is sanctioned by the body that suspends it, on the day told', () => {
    expect(findRelation(draft, 'sanction', 'african-union', 'malta')).toMatchObject({
      label: 'suspended',
      date: '2025-10-15',
    });
    expect(findRelation(draft, 'sanction', 'european-union', 'iceland')).toBeDefined();
  });

  it('is not what suspended talks are: no one is put out of a body', () => {
    expect(kindsBetween(draft, 'nordic-council', 'iceland')).not.toContain('sanction');
  });
});
