// "Ruiz will meet Oak on Monday after the summit with Bolivia ended without a deal": a weekday
// told before a clause that "after" (or "before", "since") opens is the main clause's, not the
// day of the deed told in that later clause; a clause that "as" opens is of the same time.
import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/ingest/extract/dates';

const dateOf = (sentence: string, word: string) =>
  findDate(sentence, '2025-08-16', sentence.indexOf(word))?.date ?? null;

describe('a weekday before a later clause', () => {
  it('is not the day of the deed the "after" clause tells', () => {
    const s = 'Peru met Chile on Monday after the summit with Bolivia ended without a deal.';
    expect(dateOf(s, 'summit')).toBeNull();
    expect(dateOf(s, 'met')).toBe('2025-08-11');
  });

  it('is still the day of a deed in a clause "as" opens', () => {
    const s = 'Peru welcomed Chile on Friday as they signed an accord.';
    expect(dateOf(s, 'accord')).toBe('2025-08-15');
  });

  it('leaves a day inside the later clause to its own deed', () => {
    const s = 'Peru met Chile on Monday after the summit with Bolivia ended on Sunday.';
    expect(dateOf(s, 'summit')).toBe('2025-08-10');
  });
});
