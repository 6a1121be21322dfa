// "The members of the UN Security Council condemned …": the members of a body speak for it, as
// officials of a side do.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('the members of a body', () => {
  it('act for it', () => {
    const draft = readFixture('council-members.txt', '2025-03-03');
    expect(findRelation(draft, 'criticism', 'un-security-council', 'bolivia')?.date).toBe(
      '2025-02-27',
    );
  });
});
