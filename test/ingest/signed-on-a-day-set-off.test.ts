// "signed the pact on Wednesday (March 5) with B", "signed an accord on Tuesday, March 4, with B":
// a date set off by brackets or commas stands between the verb and its "with"; "welcomed the
// deal struck between A and B", "praised the accord signed by A and B": the deal's making
// participle stands between it and its parties; "…, and praised" shares the first verb's subject.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a day set off between a verb and its "with"', () => {
  const draft = readFixture('signed-on-a-day-set-off.txt', '2025-03-06');

  it('reads the signing with the one after the bracketed date', () => {
    expect(findRelation(draft, 'agreement', 'ana-vell', 'jon-dahl')?.date).toBe('2025-03-05');
  });

  it('reads the signing with the one after the date set off by commas', () => {
    expect(findRelation(draft, 'agreement', 'kai-saar', 'eva-berg')?.date).toBe('2025-03-04');
  });
});

describe('a deal welcomed with its making participle', () => {
  const draft = readFixture('deal-struck-between.txt', '2025-03-06');

  it('reads the welcome of a deal "struck between" its parties as a statement towards each', () => {
    expect(findRelation(draft, 'statement', 'lars-ozol', 'malta')).toBeDefined();
    expect(findRelation(draft, 'statement', 'lars-ozol', 'norway')).toBeDefined();
  });

  it('reads the praise of an accord "signed by" its parties as a statement towards each', () => {
    expect(findRelation(draft, 'statement', 'lars-ozol', 'estonia')).toBeDefined();
    expect(findRelation(draft, 'statement', 'lars-ozol', 'iceland')).toBeDefined();
  });

  it('gives the verb after ", and" the subject of the clause before, not its last object', () => {
    expect(findRelation(draft, 'statement', 'norway', 'estonia')).toBeUndefined();
  });
});
