// "VALLETTA – 5 March 2025: Foreign Minister …": a dateline with its day after the dash is the
// page's date and no part of the lead; the deed the lead tells takes the day the text gives it.
import { describe, expect, it } from 'vitest';
import { findRelation, readFixture } from './fixture-reading';

describe('a dateline whose day follows the dash', () => {
  const draft = readFixture('dateline-day-after-dash.txt');

  it("reads the dateline's day as the page's date", () => {
    expect(draft.source.published).toBe('2025-03-05');
  });

  it('dates the criticism by the day the text gives, not by the dateline', () => {
    expect(findRelation(draft, 'criticism', 'ana-vell', 'norway')?.date).toBe('2025-03-04');
  });
});
