// "On the 12th": a day of the month with no month named is of the page's month, or of the month
// before when that day is still ahead of the page (of the next, when told as ahead); an ordinal
// before a noun ("the 12th round") is no day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { findDate } from '../../src/ingest/extract/dates';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const PUB = '2025-06-18';

describe('a day of the month alone', () => {
  it('dates an accord signed "on the 12th" in the page\'s month', () => {
    const name = 'd-ordinal-day.txt';
    const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
      fileName: name,
      published: PUB,
    });
    const accord = findRelation(draft, 'agreement', 'liis-tamm', 'janis-ozols');
    expect(accord?.date).toBe('2025-06-12');
    expect(accord?.dateApproximate).toBe(true);
  });

  it('takes the month before or after where the day is ahead of the page', () => {
    const at = (s: string) => findDate(s, PUB, s.indexOf('me'));
    expect(at('They met on the 20th in Oslo.')?.date).toBe('2025-05-20');
    expect(at('They will meet on the 12th in Oslo.')?.date).toBe('2025-07-12');
    expect(at('They will meet on the 25th.')?.date).toBe('2025-06-25');
    expect(at('They met on the 12th floor of the hotel.')).toBeNull();
  });
});
