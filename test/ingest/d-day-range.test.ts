// A range of days written day first ("on 10 and 11 June", "from 10 to 12 June", "10-11 June") or
// month first in words ("June 10 to 12", "between June 14 and 15"): dated by its first day, its
// last kept (a direct relation takes the last, the event the first with the range in its name).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { findDate } from '../../src/ingest/extract/dates';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const PUB = '2025-06-18';

describe('ranges of days', () => {
  it('dates talks held "on 10 and 11 June" as a two-day event', () => {
    const name = 'd-day-range.txt';
    const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
      fileName: name,
      published: PUB,
    });
    expect(findRelation(draft, 'talks', 'liis-tamm', 'janis-ozols')?.date).toBe('2025-06-11');
    const event = draft.relations.filter(
      (p) => p.relation.kind === 'participant' && p.relation.source === 'liis-tamm',
    );
    expect(event.map((p) => p.relation.date)).toEqual(['2025-06-10']);
  });

  it('reads each way of writing a range', () => {
    const at = (s: string) => findDate(s, PUB, s.indexOf('met'));
    const range = { date: '2025-06-10', until: '2025-06-12' };
    expect(at('They met from 10 to 12 June in Oslo.')).toMatchObject(range);
    expect(at('They met on 10-12 June in Oslo.')).toMatchObject(range);
    expect(at('They met between June 10 and 12 in Oslo.')).toMatchObject(range);
    expect(at('They met June 10 to 12, 2025, in Oslo.')).toMatchObject({
      ...range,
      approximate: false,
    });
    // a count after "and" is no day
    expect(at('They met on June 14 and 15 people were freed.')).not.toHaveProperty('until');
  });
});
