// "Oak and Ruiz spoke on Wednesday": two joined as the subject of "spoke" with no object held a
// call; one alone who "spoke on Thursday about …" spoke with no one.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('spoke-together.txt', '2025-04-10');

describe('two who spoke', () => {
  it('held a call on the day told', () => {
    expect(findRelation(draft, 'call', 'tomas-oak', 'jo-ruiz')?.date).toBe('2025-04-09');
  });

  it('one who spoke alone spoke with no one', () => {
    const vale = draft.relations.filter(
      (r) =>
        r.relation.kind === 'call' && [r.relation.source, r.relation.target].includes('luis-vale'),
    );
    expect(vale).toEqual([]);
  });
});
