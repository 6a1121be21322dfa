// The day an event happened, as a crisis story tells it: relative to a day the story told before
// ("the next day", "hours after"), a day without its year, and the words for a night or a week,
// read on short invented articles and sentences against the page's own date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { findDate, storyAnchors } from '../../src/ingest/extract/dates';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

/** A Friday. */
const PUBLISHED = '2025-05-09';

const ingestFile = (name: string, published: string | null = PUBLISHED): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name, published });

describe('a day counted from a day the story told before', () => {
  it('dates "the next day" and "hours after" from the last day the story named', () => {
    const draft = ingestFile('k-story-days.txt');
    expect(relation(draft, 'military-action', 'latvia', 'estonia')?.date).toBe('2025-05-06');
    expect(relation(draft, 'military-action', 'estonia', 'latvia')).toMatchObject({
      date: '2025-05-07',
      dateApproximate: true,
    });
    expect(relation(draft, 'criticism', 'sweden', 'estonia')?.date).toBe('2025-05-07');
  });

  it('counts days back and forth within a sentence and across sentences', () => {
    const said = (text: string, anchor: string | null = null) =>
      findDate(text, PUBLISHED, undefined, null, { done: true, anchor })?.date ?? null;
    expect(said('Malta struck Iceland on May 5 and Iceland hit back two days later.', null)).toBe(
      '2025-05-05',
    );
    expect(
      findDate('Malta struck Iceland on May 5 and Iceland hit back two days later.', PUBLISHED, 50)
        ?.date,
    ).toBe('2025-05-07');
    expect(said('A day earlier, Iceland had closed its ports.', '2025-05-07')).toBe('2025-05-06');
    expect(said('Later that day, Iceland closed its ports.', '2025-05-07')).toBe('2025-05-07');
    expect(
      storyAnchors(
        ['Malta struck Iceland on May 5.', 'Talks began.', 'The next day, both met.'],
        PUBLISHED,
        null,
      ),
    ).toEqual([null, '2025-05-05', '2025-05-05']);
  });

  it('reads a week, the next morning, the night before and the same day from the last day', () => {
    const from = (text: string) =>
      findDate(text, PUBLISHED, undefined, null, { done: true, anchor: '2025-05-06' })?.date ??
      null;
    expect(from('Malta struck Iceland the following morning.')).toBe('2025-05-07');
    expect(from('Malta struck Iceland the night before.')).toBe('2025-05-05');
    expect(from('Earlier in the day, Malta struck Iceland.')).toBe('2025-05-06');
    expect(from('Malta struck Iceland within hours.')).toBe('2025-05-06');
    expect(from('A week earlier, Malta struck Iceland.')).toBe('2025-04-29');
    // a week after the last day is after the page: no day for a deed done
    expect(from('Malta struck Iceland a week later.')).toBeNull();
  });

  it('gives no day where the story named none before, or where a date follows', () => {
    expect(findDate('Iceland hit back a day later.', PUBLISHED)).toBeNull();
    expect(
      findDate('The day before the vote, Iceland met Malta.', PUBLISHED, 0, null, {
        done: true,
        anchor: '2025-05-07',
      }),
    ).toBeNull();
    expect(
      findDate('Malta wrote the day before, May 3, that it would go.', PUBLISHED, undefined, null, {
        anchor: '2025-05-07',
      })?.date,
    ).toBe('2025-05-03');
  });

  it('reads "Yesterday" at the start of a sentence like "yesterday" inside it', () => {
    expect(findDate('Yesterday, Malta met Iceland.', PUBLISHED)?.date).toBe('2025-05-08');
  });
});

describe('a day written without its year', () => {
  it('is of the year before when it would be months after the page', () => {
    const draft = ingestFile('k-yearless-day.txt', '2026-01-08');
    expect(relation(draft, 'military-action', 'latvia', 'estonia')?.date).toBe('2025-12-28');
  });

  it("keeps the page's year for a day the clause speaks of as ahead, or one just past", () => {
    expect(findDate('The summit is scheduled for Dec 28.', '2025-05-10')?.date).toBe('2025-12-28');
    expect(findDate('Talks will open on June 20.', '2025-05-10')?.date).toBe('2025-06-20');
    expect(findDate('They met on 2 May.', '2025-05-10')?.date).toBe('2025-05-02');
  });
});

describe('a night, a week, and a deed told after a clause about the future', () => {
  it('dates a deed "overnight" to the night before the page, and a deed beside a weekday by it', () => {
    const draft = ingestFile('k-overnight.txt');
    expect(relation(draft, 'military-action', 'latvia', 'estonia')).toMatchObject({
      date: '2025-05-09',
      dateApproximate: true,
    });
    expect(findDate('Malta struck Iceland overnight.', PUBLISHED)).toEqual({
      date: '2025-05-08',
      until: '2025-05-09',
      approximate: true,
    });
    expect(findDate('Malta struck Iceland overnight on Tuesday.', PUBLISHED)?.date).toBe(
      '2025-05-06',
    );
  });

  it('gives "last week" or "this week" only the month the whole week lies in, never a day', () => {
    // the week before Friday 9 May 2025 runs from 28 April to 4 May: no one month
    expect(findDate('Malta struck Iceland last week.', PUBLISHED)).toBeNull();
    expect(findDate('Malta struck Iceland earlier this week.', PUBLISHED)).toEqual({
      date: '2025-05',
      approximate: true,
    });
    expect(findDate('Malta struck Iceland last week.', '2025-05-16')?.date).toBe('2025-05');
  });

  it('reads "a day ago" as a day, and "weeks ago" only as the month they fall in', () => {
    expect(findDate('Malta struck Iceland a day ago.', PUBLISHED)?.date).toBe('2025-05-08');
    expect(findDate('Malta struck Iceland two weeks ago.', PUBLISHED)).toEqual({
      date: '2025-04',
      approximate: true,
    });
    // seven days before 9 May, give or take three, straddle two months
    expect(findDate('Malta struck Iceland a week ago.', PUBLISHED)).toBeNull();
  });

  it('reads a weekday after "after", "when" or "that" as past, whatever the clause before says', () => {
    const sentence = 'Iceland said it would respond after Malta struck its ports on Wednesday.';
    expect(
      findDate(sentence, PUBLISHED, sentence.indexOf('struck'), null, { done: true })?.date,
    ).toBe('2025-05-07');
    const ahead = 'Iceland and Malta agreed to talks that will open on Monday.';
    expect(findDate(ahead, PUBLISHED)?.date).toBe('2025-05-12');
    // "before" or "when" with no past verb after them opens no clause of its own
    expect(findDate('Malta will fly to Oslo before talks on Monday.', PUBLISHED)?.date).toBe(
      '2025-05-12',
    );
    expect(findDate('Talks will resume when the envoys return on Monday.', PUBLISHED)?.date).toBe(
      '2025-05-12',
    );
  });
});

describe('the day a saying is told on', () => {
  it('dates a meeting by its own day, not by the day a ministry said it, and tells it once', () => {
    const draft = ingestFile('k-said-day.txt');
    expect(relation(draft, 'meeting', 'ada-kuhl', 'jon-sveinsson')?.date).toBe('2025-05-08');
    const events = new Set(
      draft.relations
        .filter((p) => p.relation.kind === 'participant')
        .map((p) => p.relation.target),
    );
    expect([...events]).toEqual(['ada-kuhl-jon-sveinsson-meeting-in-riga-8-may-2025']);
    // a saying keeps the day it was said
    expect(relation(draft, 'criticism', 'jon-sveinsson', 'finland')?.date).toBe('2025-05-09');
  });

  it('keeps the day said for the deed in the same clause as the saying', () => {
    const met = 'Malta met Iceland in Oslo, the ministry said Friday.';
    const at = met.indexOf('met');
    expect(findDate(met, PUBLISHED, at, null, { done: true, unsaid: true })).toBeNull();
    expect(findDate(met, PUBLISHED, at, null, { done: true })?.date).toBe('2025-05-09');
    const announced = 'Malta announced on Friday it had struck Iceland.';
    expect(
      findDate(announced, PUBLISHED, announced.indexOf('struck'), null, {
        done: true,
        unsaid: true,
      })?.date,
    ).toBe('2025-05-09');
  });
});

describe('a deed that states no day of its own', () => {
  it('takes the last day the story told before it when the lead names no day', () => {
    const draft = ingestFile('k-no-lead-day.txt');
    expect(relation(draft, 'military-action', 'latvia', 'estonia')?.date).toBe('2025-05-07');
    expect(relation(draft, 'criticism', 'sweden', 'latvia')).toMatchObject({
      date: '2025-05-07',
      dateApproximate: true,
    });
  });

  it('takes no day after the page’s from talks told as ahead', () => {
    const draft = ingestFile('k-no-lead-day-ahead.txt');
    const strike = relation(draft, 'military-action', 'latvia', 'estonia');
    expect(strike).toBeDefined();
    expect(strike?.date).toBeUndefined();
  });

  it("takes the lead's day in a lead sentence before the one that names it", () => {
    const draft = ingestFile('k-lead-before-day.txt');
    expect(relation(draft, 'agreement', 'latvia', 'estonia')?.date).toBe('2025-05-08');
  });

  it('counts "a day after X" back from the day the sentence names to X', () => {
    const sentence = 'Malta said on Friday it would talk, a day after Iceland rejected the plan.';
    expect(findDate(sentence, PUBLISHED, sentence.indexOf('rejected'))?.date).toBe('2025-05-08');
    expect(findDate(sentence, PUBLISHED, sentence.indexOf('said'))?.date).toBe('2025-05-09');
  });
});

describe('the date of the clause that tells the deed', () => {
  const day = (sentence: string, word: string, from = 0) =>
    findDate(sentence, PUBLISHED, sentence.indexOf(word, from), null, { done: true })?.date;

  it('prefers the date in the deed’s own clause to a nearer one across a comma', () => {
    const relative = 'Malta, which struck Iceland on Sunday, met Norway on Monday.';
    expect(day(relative, 'met')).toBe('2025-05-05');
    expect(day(relative, 'struck')).toBe('2025-05-04');
    expect(day('Ann Lee, who met Bo Dahl on Friday, spoke to Eva Lund on Thursday.', 'spoke')).toBe(
      '2025-05-08',
    );
    expect(
      day('Malta and Norway, after talks on Tuesday, agreed a truce on Wednesday.', 'agreed'),
    ).toBe('2025-05-07');
  });

  it('keeps a date that opens the sentence for its main deed, and a lone date for any', () => {
    const opening = 'On Monday, Malta said it struck Iceland on Sunday.';
    expect(day(opening, 'said')).toBe('2025-05-05');
    expect(day(opening, 'struck')).toBe('2025-05-04');
    expect(day('Malta struck Iceland, the army said on Monday.', 'struck')).toBe('2025-05-05');
  });
});

describe('a weekday read by another city’s clock', () => {
  it('moves "early on Saturday Islamabad time" to Friday in a page datelined Washington', () => {
    const text = 'Malta struck Iceland early on Saturday Islamabad time.';
    expect(findDate(text, '2025-05-10', undefined, 'Washington')?.date).toBe('2025-05-09');
    expect(findDate(text, '2025-05-10', undefined, null)?.date).toBe('2025-05-10');
  });

  it('moves "Monday evening in Washington" to Tuesday in a page datelined Gaza City', () => {
    const text = 'The envoy spoke on Monday evening in Washington.';
    expect(findDate(text, '2025-10-14', undefined, 'Gaza City')?.date).toBe('2025-10-14');
    expect(findDate(text, '2025-10-14', undefined, 'Ottawa')?.date).toBe('2025-10-13');
  });
});
