// "a proposal by Jo Ruiz on Sunday to resume direct negotiations with Chile": talks planned by the
// one who offered them, on the day of the offer (the weekday before the infinitive is the
// offer's, not a day ahead); a meeting told ahead ("will meet on Friday") keeps its day ahead.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

const draft = readFixture('offer-of-talks.txt', '2025-03-03');

describe('talks offered', () => {
  it('are planned by the one who offered them, on the day of the offer', () => {
    expect(findRelation(draft, 'planned-meeting', 'jo-ruiz', 'chile')?.date).toBe('2025-03-02');
  });

  it('while a meeting told ahead keeps its day ahead', () => {
    expect(findRelation(draft, 'planned-meeting', 'peru', 'bolivia')?.date).toBe('2025-03-07');
  });
});
