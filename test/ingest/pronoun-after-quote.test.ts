// A sentence whose quotation comes first ("“…,” Oak told reporters") has its speaker for its
// subject: "He" in the next sentence is that speaker, though others were named before.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('pronoun-after-quote.txt', '2025-03-05');

describe('a pronoun after a quotation', () => {
  it('stands for the quotation’s speaker', () => {
    expect(findRelation(draft, 'call', 'tomas-oak', 'luis-vale')?.date).toBe('2025-03-04');
    expect(findRelation(draft, 'call', 'jo-ruiz', 'luis-vale')).toBeUndefined();
  });
});
