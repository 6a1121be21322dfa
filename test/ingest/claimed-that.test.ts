// "…, claiming that X had lied": a claim is said of the one it names, as "saying that" is.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a claim', () => {
  const draft = readFixture('claimed-that.txt', '2025-03-03');

  it('is a statement of the speaker about the one it names', () => {
    expect(findRelation(draft, 'statement', 'ana-vell', 'ivo-marr')?.date).toBe('2025-03-03');
  });

  it('leaves the deed of its clause as it was', () => {
    expect(findRelation(draft, 'sanction', 'ana-vell', 'iceland')).toBeDefined();
  });
});
