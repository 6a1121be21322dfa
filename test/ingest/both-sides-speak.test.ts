// "Both sides thanked Switzerland": the article's two sides each speak, as "the two leaders"
// would; and "hosted by Switzerland, which urged Iceland …": the relative clause's subject is the
// name it hangs on, though that name follows "by".
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('both-sides-speak.txt', '2025-04-02');

describe('both sides as the ones speaking', () => {
  it('each of the two sides makes the statement', () => {
    expect(findRelation(draft, 'statement', 'malta', 'switzerland')).toBeDefined();
    expect(findRelation(draft, 'statement', 'iceland', 'switzerland')).toBeDefined();
  });
});

describe('a relative clause after a passive agent', () => {
  it('has the agent as its subject', () => {
    expect(findRelation(draft, 'demand', 'switzerland', 'iceland')).toBeDefined();
  });
});
