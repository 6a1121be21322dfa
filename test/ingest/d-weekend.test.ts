// A weekend named from the day of publication ("last weekend", "this past weekend", "next
// weekend", "at the weekend"): its Saturday and Sunday, the next one where it is told as ahead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { findDate } from '../../src/ingest/extract/dates';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

// a Wednesday
const PUB = '2025-06-18';

describe('weekends', () => {
  it('dates a meeting "last weekend" by the weekend before the page', () => {
    const name = 'd-weekend.txt';
    const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
      fileName: name,
      published: PUB,
    });
    const met = findRelation(draft, 'meeting', 'karl-zammit', 'bjorn-halldorsson');
    expect(met?.date).toBe('2025-06-15');
    expect(met?.dateApproximate).toBe(true);
  });

  it('reads each way of naming a weekend', () => {
    const at = (s: string, pub = PUB) => findDate(s, pub, s.indexOf('met'));
    expect(at('They met last weekend in Oslo.')).toMatchObject({
      date: '2025-06-14',
      until: '2025-06-15',
    });
    expect(at('They met this past weekend in Oslo.')?.date).toBe('2025-06-14');
    expect(at('They met on the weekend in Oslo.')?.date).toBe('2025-06-14');
    expect(at('They will meet next weekend in Oslo.')?.date).toBe('2025-06-21');
    expect(at('They will meet at the weekend in Oslo.')?.date).toBe('2025-06-21');
    // on a Sunday, "last weekend" is the one a week before
    expect(at('They met last weekend in Oslo.', '2025-06-22')?.date).toBe('2025-06-14');
  });
});
