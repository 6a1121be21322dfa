// "offered a rare apology to Chile", "issued an apology to Bolivia": an apology given (CAMEO 055)
// is a statement to the one it is given to, on its day; one only promised is not given yet.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('apology-offered.txt', '2025-03-12');

describe('an apology given', () => {
  it('is a statement to the one it is offered to', () => {
    expect(findRelation(draft, 'statement', 'tomas-oak', 'chile')?.date).toBe('2025-03-10');
    expect(findRelation(draft, 'statement', 'luis-vale', 'bolivia')?.date).toBe('2025-03-11');
  });

  it('is not given when only promised', () => {
    expect(findRelation(draft, 'statement', 'tomas-oak', 'ecuador')).toBeUndefined();
  });
});
