// Forces ordered to act, told as ordered ("ordered the army to begin strikes against Chile"),
// carry it out: the strike is a deed, on the day of the order; an order to prepare is not one.
import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reading';

const draft = readFixture('forces-ordered.txt', '2025-03-03');
const strikes = draft.relations.map((r) => r.relation).filter((r) => r.kind === 'military-action');

describe('forces ordered to strike', () => {
  it('strike, on the day of the order', () => {
    // (the one who gave the order strikes too: strikes-ordered.test.ts)
    const onChile = strikes.find((r) => r.target === 'chile' && /peru/.test(r.source));
    expect(onChile?.date).toBe('2025-03-01');
  });

  it('but forces ordered to prepare have not struck', () => {
    expect(strikes.some((r) => r.source.includes('bolivia') || r.target.includes('bolivia'))).toBe(
      false,
    );
  });
});
