// The day of an article's main event, told in its lead, carried to the later sentences that
// report its deeds without a day of their own; a sentence that states another day keeps it, and
// neither a caption nor a dateline before the lead lends its day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';
import { findDate } from '../../src/ingest/extract/dates';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

const ingestFile = (name: string, published = '2025-05-12'): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name, published });

describe("the lead's day", () => {
  it('dates a later deed of the main event that states no day ("yesterday" in the lead)', () => {
    const draft = ingestFile('lead-date.txt');
    expect(relation(draft, 'meeting', 'rita-camilleri', 'jon-sveinsson')?.date).toBe('2025-05-11');
    const criticism = relation(draft, 'criticism', 'rita-camilleri', 'iceland');
    expect(criticism?.date).toBe('2025-05-11');
  });

  it('leaves a deed that states its own day with that day', () => {
    const draft = ingestFile('lead-date.txt');
    const march = draft.relations.filter((p) => p.relation.source === 'norway');
    expect(march.length).toBeGreaterThan(0);
    for (const p of march) expect(p.relation.date).toBe('2025-03');
  });

  it("takes the event's weekday, not a caption's day or the dateline's", () => {
    const draft = ingestFile('lead-date-dateline.txt');
    const call = draft.relations.filter(
      (p) => p.relation.kind === 'participant' && p.relation.target.endsWith('-call'),
    );
    expect(call.map((p) => p.relation.source).sort()).toEqual(['jon-sveinsson', 'rita-camilleri']);
    for (const p of call) expect(p.relation.date).toBe('2025-05-11');
  });
});

describe('month names', () => {
  it('reads the four-letter months ("June 5", "July 25, 2025") like the others', () => {
    expect(findDate('They met on July 25, 2025.', '2025-07-26')?.date).toBe('2025-07-25');
    expect(findDate('They met on 5 June 2025.', '2025-07-26')?.date).toBe('2025-06-05');
    expect(findDate('They met on Sept. 3.', '2025-10-01')?.date).toBe('2025-09-03');
    expect(findDate('A Mayday call came in.', '2025-07-26')).toBeNull();
  });

  it('reads "this morning" and "two days ago" against the day of publication', () => {
    expect(findDate('Malta struck Iceland this morning.', '2025-05-08')?.date).toBe('2025-05-08');
    expect(findDate('Malta struck Iceland two days ago.', '2025-05-08')?.date).toBe('2025-05-06');
  });

  it("gives a sentence's deeds no dateline's filing day", () => {
    expect(
      findDate('Boats wait. OSLO, July 25 (Agency) -- Malta met Iceland.', '2025-07-26'),
    ).toBeNull();
  });
});
