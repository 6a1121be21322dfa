// A date that bounds a lasting thing ("suspended its tariffs until 12 July") or sets a deadline
// ("settle the quotas by Friday") is no deed's day, as the day a lasting thing began ("since
// Sunday") is none; a day's own noun after it ("by Friday's strike") stays that thing's day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { findDate } from '../../src/ingest/extract/dates';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const PUB = '2025-07-30';

describe('deadlines and bounds', () => {
  it('leaves a suspension "until 12 July" and a demand "by Friday" without those days', () => {
    const name = 'd-deadline-dates.txt';
    const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
      fileName: name,
      published: PUB,
    });
    const suspended = findRelation(draft, 'tariff-cut', 'iceland', 'malta');
    expect(suspended).toBeDefined();
    expect(suspended?.date).toBeUndefined();
    const urged = findRelation(draft, 'demand', 'malta', 'iceland');
    expect(urged).toBeDefined();
    expect(urged?.date).toBeUndefined();
  });

  it("keeps the deed's own day beside a deadline", () => {
    const s = 'They agreed on Monday to pause the tariffs until August 12.';
    expect(findDate(s, PUB, s.indexOf('agreed'))?.date).toBe('2025-07-28');
    const t = 'Ten soldiers were wounded by Monday’s blast.';
    expect(findDate(t, PUB, t.indexOf('blast'))?.date).toBe('2025-07-28');
  });
});
