// Dates a sentence states, as ISO prefixes: "in November 2023" → "2023-11", "May 12, 2025" and
// "12 May 2025" → "2025-05-12"; with the article's publication date also "Oct. 30", "on Monday",
// "last Thursday", "yesterday", "last night", "last week", "this month", "on the 12th". A range
// ("three days of talks … concluded on Tuesday", "last weekend", "May 10-11", "on 10 and 11 June")
// is dated by its first day and keeps its span. A date that bounds a lasting thing ("since May",
// "until 12 July") or sets a deadline ("by Friday") is no deed's day. Of several dates, the one
// nearest the words the relation comes from wins. Inferred dates are marked approximate. A weekday
// read by another city's clock ("Friday morning Beijing time") moves to the day it was in the
// dateline's city (time-zones.ts).
import { isRealIsoPrefix } from '../../data/schema';
import type { Collector } from './date-collector';
import { WEEKDAYS } from './gazetteer';
import { isoDay, monthNumber } from './page-date';
import { COUNT, shiftDay as shift, storyDays } from './story-days';
import { clockCue, dayShift } from './time-zones';

export type FoundDate = {
  date: string;
  approximate: boolean;
  /** For a range, its last day (the first is `date`). */
  until?: string;
};

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATELINE_DAY = new RegExp(
  `\\b[A-Z]{3,}(?:[ -][A-Z]{2,})*, ${MONTH} \\d{1,2}(?:, \\d{4})?,? ?(?:\\([^)]{1,20}\\))? ?(?:--|—|–|-|:)`,
);
const WEEKDAY = `(${WEEKDAYS.map((d) => d[0]?.toUpperCase() + d.slice(1)).join('|')})`;

/** Where a date is a saying's ("the ministry said Friday"), where the saying's verb stands. */
type Candidate = FoundDate & { at: number; end: number; rank: number; saidAt?: number };

/** The verb of a saying right before a date: "said Friday", "told reporters on Monday". */
const SAID_BEFORE =
  /\b(?:said|says|told(?: \p{L}+){0,3}|announced|confirmed|reported|stated|added|noted|wrote|posted|declared)(?: (?:on|late|early|earlier|later))? $/iu;

/** The weekday `target` (0 = Sunday) nearest before (or, looking ahead, after) `pub`. */
function weekdayFrom(pub: string, target: number, ahead: boolean, strictlyBefore: boolean): string {
  const day = new Date(`${pub}T00:00:00Z`).getUTCDay();
  if (ahead) return shift(pub, (target - day + 7) % 7 || (strictlyBefore ? 7 : 0));
  let back = (day - target + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return shift(pub, -back);
}

/** Words that put a clause ahead of the page; a modal before "have" ("may have fired") looks
 * back; "is meeting … on Wednesday", the present progressive of an arrangement, looks ahead. */
const FUTURE =
  /\b(will|shall|(?:would|may|might|could)(?! have\b)|set to|due to|expected to|scheduled|next|takes? effect|to take effect|plans? to|(?:is|are) (?:meeting|visiting|hosting|holding|travell?ing|heading|flying))\b/i;

/** The words that make a date the bound of a lasting thing ("since", "until") or a deadline
 * ("by", "no later than"): before it, or opening its match ("since the 12th"); a day's own noun
 * after it ("by Friday's strike") keeps it a deed's day. */
const BOUND_BEFORE = /\b(?:since|until|till|by|no later than)\s+(?:on\s+)?$/i;
const BOUND_IN = /^(?:since|until|till|by)\b/i;

/** Every date the sentence states or implies, with where it stands. */
function candidates(
  sentence: string,
  pub: string | null,
  home: string | null,
  anchor: string | null,
  /** The year of the article's own full dates, for days without one on a page with no date. */
  textYear: number | null = null,
  ahead = false,
): Candidate[] {
  const out: Candidate[] = [];
  const taken: [number, number][] = [];
  const free = (m: RegExpExecArray) =>
    !taken.some(([a, b]) => m.index < b && m.index + m[0].length > a);
  const c: Collector = {
    sentence,
    ahead,
    dayBefore: (at) =>
      out
        .filter((d) => d.at < at && DAY.test(d.date))
        .sort((a, b) => b.at - a.at)
        .map((d) => d.until ?? d.date)[0] ?? null,
    all: (re) => [...sentence.matchAll(new RegExp(re.source, `${re.flags}g`))].filter(free),
    push: (date, m, rank, approximate, until) => {
      taken.push([m.index, m.index + m[0].length]);
      if (!date || !isRealIsoPrefix(date)) return;
      // "the first talks since May 2019", "has struck daily since Sunday": the day a lasting
      // thing began; "paused the tariffs until August 12", "must withdraw by Friday": the day it
      // ends, a deadline; neither is a deed's day
      const owner = /^['’]s\b/.test(sentence.slice(m.index + m[0].length));
      if (!owner && (BOUND_IN.test(m[0]) || BOUND_BEFORE.test(sentence.slice(0, m.index)))) return;
      const said = SAID_BEFORE.exec(sentence.slice(0, m.index));
      out.push({
        date,
        approximate,
        at: m.index,
        end: m.index + m[0].length,
        rank,
        ...(until ? { until } : {}),
        ...(said ? { saidAt: said.index } : {}),
      });
    },
  };
  // "SEOUL, July 25 (Agency) --" inside a sentence: the day the story was filed, not an event's
  for (const m of c.all(DATELINE_DAY)) taken.push([m.index, m.index + m[0].length]);
  statedDates(c, pub, textYear);
  if (pub !== null) relativeDates(c, pub, home);
  storyDays(c, anchor);
  return out;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** For each sentence, the last day the story named before it (its last day-precise date, the
 * last day of a range): the day "a day later" or "hours after" counts from. */
export function storyAnchors(
  sentences: readonly string[],
  published: string | null,
  home: string | null,
  year: number | null = null,
): (string | null)[] {
  const pub = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  let anchor: string | null = null;
  return sentences.map((text) => {
    const before = anchor;
    const last = candidates(text, pub, home, anchor, pub === null ? year : null)
      .filter((d) => DAY.test(d.date))
      .sort((a, b) => b.at - a.at)[0];
    if (last) anchor = last.until ?? last.date;
    return before;
  });
}

/** The latest year of the full dates an article states ("April 25, 2025", "19 July 2025"): the
 * year its days without one are of, when the page gives no date of its own. */
export function textYear(sentences: readonly string[]): number | null {
  const years = sentences.flatMap((text) =>
    candidates(text, null, null, null)
      .filter((d) => DAY.test(d.date) && !d.approximate)
      .map((d) => Number(d.date.slice(0, 4))),
  );
  return years.length > 0 ? Math.max(...years) : null;
}

/** Calendar dates as written: "May 10-11, 2025", "25 October 2025", "Oct. 30", "in 2024". */
function statedDates(c: Collector, pub: string | null, textYear: number | null): void {
  const { all, push } = c;
  const pubYear = pub ? Number(pub.slice(0, 4)) : textYear;
  // "2025-05-10": a day written the ISO way
  for (const m of all(/\b(\d{4})-(\d{2})-(\d{2})\b/))
    push(isoDay(Number(m[1]), Number(m[2]), Number(m[3])), m, 0, false);
  // "the 10th of May", "the 10th of May, 2025"
  for (const m of all(
    new RegExp(`\\bthe (\\d{1,2})(?:st|nd|rd|th)? of ${MONTH}(?:,? (\\d{4}))?\\b`),
  )) {
    const month = monthNumber(m[2] ?? '');
    if (!month) continue;
    if (m[3]) push(isoDay(Number(m[3]), month, Number(m[1])), m, 0, false);
    else if (pub !== null) push(yearlessDay(c, m, pub, month, Number(m[1])), m, 0, true);
    else if (textYear !== null) push(isoDay(textYear, month, Number(m[1])), m, 0, true);
  }
  rangeDays(c, pubYear);
  for (const m of all(new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`))) {
    const month = monthNumber(m[1] ?? '');
    if (month) push(isoDay(Number(m[3]), month, Number(m[2])), m, 0, false);
  }
  for (const m of all(new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`))) {
    const month = monthNumber(m[2] ?? '');
    if (month) push(isoDay(Number(m[3]), month, Number(m[1])), m, 0, false);
  }
  for (const m of all(new RegExp(`\\b${MONTH},? (\\d{4})\\b`))) {
    const month = monthNumber(m[1] ?? '');
    if (month) push(`${m[2]}-${pad(month)}`, m, 2, false);
  }
  if (pub !== null || textYear !== null) {
    // "Oct. 30", "on Nov 4", "25 October": the year of publication, or the one before for a day
    // months after it that the clause does not speak of as ahead ("on Dec 28" in a May article);
    // on a page with no date, the year of the article's own full dates
    const dayForms = [
      ...all(new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b`)).map((m) => ({
        m,
        mo: m[1],
        d: m[2],
      })),
      ...all(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}\\b`)).map((m) => ({
        m,
        mo: m[2],
        d: m[1],
      })),
    ];
    for (const { m, mo, d } of dayForms) {
      const month = monthNumber(mo ?? '');
      if (!month) continue;
      const day = pub !== null ? yearlessDay(c, m, pub, month, Number(d)) : null;
      push(day ?? (textYear !== null ? isoDay(textYear, month, Number(d)) : null), m, 0, true);
    }
  }
  for (const m of all(/\b(?:[Ii]n|[Dd]uring|of) ((?:19|20)\d{2})\b/))
    push(m[1] ?? null, m, 3, false);
}

const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH_START = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
/** What may follow the last day of a range told in words ("June 14 and 15 in Oslo"), unlike a
 * count ("June 14 and 15 people"). */
const RANGE_END = String.raw`(?=\s*(?:[,.;:)—–]|$)|\s+(?:in|at|on|when|as|and|but|with|after|before|during|for|while|amid)\b)`;

/** A range of days, dated by its first and keeping its last: "May 10-11, 2025", "June 10 to 12",
 * "between June 14 and 15", "10-11 May", "from 10 to 12 June", "on 10 and 11 June 2025". */
function rangeDays(c: Collector, pubYear: number | null): void {
  const forms = [
    {
      re: new RegExp(String.raw`\b${MONTH} (\d{1,2})[-–](\d{1,2})(?:,? (\d{4}))?\b`),
      at: [1, 2, 3, 4],
    },
    {
      re: new RegExp(
        String.raw`\b${MONTH} (\d{1,2})${ORDINAL} (?:to|and|through|until) (\d{1,2})${ORDINAL}(?:,? (\d{4}))?${RANGE_END}`,
      ),
      at: [1, 2, 3, 4],
    },
    {
      re: new RegExp(
        String.raw`(?<!\b(?:${MONTH_START})\p{L}*\.? )\b(\d{1,2})${ORDINAL}\s*(?:[-–]|to|and|until)\s*(\d{1,2})${ORDINAL} ${MONTH}(?:,? (\d{4}))?\b`,
        'u',
      ),
      at: [3, 1, 2, 4],
    },
  ];
  for (const { re, at } of forms)
    for (const m of c.all(re)) {
      const [mo, from, to, y] = at.map((i) => m[i]);
      const month = monthNumber(mo ?? '');
      const year = y ? Number(y) : pubYear;
      if (!month || !year || Number(to) <= Number(from)) continue;
      const last = isoDay(year, month, Number(to)) ?? undefined;
      c.push(isoDay(year, month, Number(from)), m, 0, !y, last);
    }
}

/** How far ahead of the page a day without a year may be and still be of the page's year when
 * nothing in its clause speaks of the future. */
const AHEAD_DAYS = 60;

/** A day written without its year, in the page's year or the year before. */
function yearlessDay(
  c: Collector,
  m: RegExpExecArray,
  pub: string,
  month: number,
  day: number,
): string | null {
  const pubYear = Number(pub.slice(0, 4));
  const date = isoDay(pubYear, month, day);
  if (date === null || date <= pub) return date;
  const ahead = (Date.parse(date) - Date.parse(pub)) / 86_400_000;
  const future = FUTURE.test(clauseAround(c, m).replace(m[0], ' '));
  return ahead > AHEAD_DAYS && !future ? isoDay(pubYear - 1, month, day) : date;
}

/** A word that opens a clause of its own ("said it would respond after X struck on Monday": the
 * strike is past, whatever the clause before says). */
const CLAUSE_OPENER = /\b(?:after|before|when|while|because|that|which|who)\b/gi;

/** A verb in the past tense: what makes the words after an opener a clause with its own time
 * ("after X struck", not "before talks on Monday" or "when the envoys return"). */
const PAST_VERB =
  /\b(?:\p{L}{2,}ed|struck|met|said|began|held|took|spoke|hit|shot|fought|made|gave|told|sent|led|left|came|went|broke|flew|saw|won|lost|fell|rose|kept|put|set|cut|spread|drew|threw|wrote|sought|brought|was|were|had)\b/iu;

/** The clause a date stands in: back to the comma, semicolon, dash or clause-opening word before
 * it, and a few words on ("spoke on Wednesday to prepare a summit set to open Monday": Wednesday
 * is past, Monday ahead). */
function clauseAround(c: Collector, m: RegExpExecArray): string {
  const before = c.sentence.slice(0, m.index);
  const opener = [...before.matchAll(CLAUSE_OPENER)]
    .filter((o) => PAST_VERB.test(before.slice(o.index + o[0].length)))
    .at(-1);
  const from = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf('—'),
    opener ? opener.index - 1 : -1,
  );
  const end = m.index + m[0].length;
  // "met on Monday and will meet again", "said on Monday that it would retaliate": the words after
  // "and", "but" or "that" are another clause, with a time of their own
  const after = c.sentence.slice(end, end + 20).split(/[,;—]|\b(?:and|but|that)\b/)[0] ?? '';
  return c.sentence.slice(from + 1, end) + after;
}

/** "on Friday", "last Thursday", "next Monday", "Friday morning Beijing time", "three days of
 * talks … ended on Friday": weekdays read from the publication date. */
function weekdayDates(c: Collector, pub: string, home: string | null): void {
  const { all, push, sentence } = c;
  for (const m of all(new RegExp(`\\b((?:[Ll]ast|[Nn]ext|[Tt]his) )?${WEEKDAY}\\b`))) {
    const target = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
    const qualifier = (m[1] ?? '').trim().toLowerCase();
    // "said Wednesday Malta would retaliate": the day of a saying told in the past is past
    const saidPast = /^(?!says)/i.test(SAID_BEFORE.exec(sentence.slice(0, m.index))?.[0] ?? 'says');
    const forward =
      qualifier === 'next' ||
      (qualifier === '' && !saidPast && (c.ahead || FUTURE.test(clauseAround(c, m))));
    // "on Tuesday last week", "Tuesday of next week": that weekday in the week named
    const week = /^,? (?:of )?(last|next) week\b/i.exec(sentence.slice(m.index + m[0].length));
    const stated = week
      ? shift(weekdayFrom(pub, 1, false, false), (week[1] === 'last' ? -7 : 7) + ((target + 6) % 7))
      : weekdayFrom(pub, target, forward, qualifier === 'last' || qualifier === 'next');
    // "on Friday morning Beijing time", in a page datelined Washington: Thursday evening there
    const cue = clockCue(sentence.slice(0, m.index), sentence.slice(m.index + m[0].length));
    const day = cue ? shift(stated, dayShift(stated, cue, home)) : stated;
    // "three days of talks … ended on Friday": the range ends that day
    const span = /\b(two|three|four|2|3|4)[- ]days?\b/i.exec(sentence);
    const length = span
      ? (({ two: 2, three: 3, four: 4 } as Record<string, number>)[span[1]?.toLowerCase() ?? ''] ??
        Number(span[1]))
      : 0;
    if (length > 1 && /\b(conclud|end|wrap|clos|finish)\w*\b/i.test(sentence))
      push(shift(day, 1 - length), m, 1, true, day);
    else push(day, m, 1, true);
  }
}

/** "over the weekend", "last weekend", "this past weekend", "next weekend": the Saturday and
 * Sunday meant, read from the publication date (a weekend told of as ahead is the next one). */
function weekendDates(c: Collector, pub: string): void {
  const re = /\b(?:(?:over|during|at|on) the|(last|next|this(?: past)?|the past)) weekend\b/i;
  for (const m of c.all(re)) {
    const which = (m[1] ?? '').toLowerCase();
    const ahead = which === 'next' || (!/past|last/.test(which) && FUTURE.test(clauseAround(c, m)));
    const saturday =
      which === 'next'
        ? weekdayFrom(pub, 6, true, true)
        : ahead
          ? weekdayFrom(pub, 6, true, false)
          : // "last weekend" in a Sunday page is the one a week before
            weekdayFrom(/past|last/.test(which) ? shift(pub, -2) : pub, 6, false, false);
    c.push(saturday, m, 1, true, shift(saturday, 1));
  }
}

/** The month `by` months after (or, negative, before) the month of `pub`, as YYYY-MM. */
function monthFrom(pub: string, by: number): string {
  const d = new Date(`${pub.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
}

/** "on the 12th", "by the 3rd,": a day of the month with no month named, read as the page's
 * month, or the month before when that day is still ahead of the page and the clause tells of the
 * past (a clause told as ahead: the page's month, or the next). An ordinal before a noun ("the
 * 12th round") is no day. */
function ordinalDays(c: Collector, pub: string): void {
  const re =
    /\b(?:on|by|until|till|from|since|before|after) the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|or|in|at|when|as|but|with|to|after|before|during|for|while|amid)\b)/i;
  for (const m of c.all(re)) {
    const day = Number(m[1]);
    const future = FUTURE.test(clauseAround(c, m).replace(m[0], ' '));
    const today = Number(pub.slice(8, 10));
    const month = monthFrom(pub, future ? (day < today ? 1 : 0) : day > today ? -1 : 0);
    c.push(isoDay(Number(month.slice(0, 4)), Number(month.slice(5, 7)), day), m, 1, true);
  }
}

/** Dates read from the publication date: "in March", "on Friday", "last week", "this year". */
function relativeDates(c: Collector, pub: string, home: string | null): void {
  const { all, push, sentence } = c;
  const pubYear = Number(pub.slice(0, 4));
  for (const m of all(
    new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?) ?${MONTH}\\b`),
  )) {
    const month = monthNumber(m[1] ?? '');
    if (!month) continue;
    // "will meet again in May", in a March page: this year's May; "met in May": last year's
    const clause = clauseAround(c, m).replace(m[0], '');
    const later = month > Number(pub.slice(5, 7)) && !FUTURE.test(clause);
    const year = later ? pubYear - 1 : pubYear;
    push(`${year}-${pad(month)}`, m, 2, true);
  }
  weekdayDates(c, pub, home);
  weekendDates(c, pub);
  ordinalDays(c, pub);
  for (const m of all(/\bthe day before yesterday\b/i)) push(shift(pub, -2), m, 1, true);
  for (const m of all(/\byesterday\b/i)) push(shift(pub, -1), m, 1, true);
  // "last night": the evening before the day of publication
  for (const m of all(/\blast night\b/i)) push(shift(pub, -1), m, 1, true);
  // "overnight", with no weekday or date beside it: the night before the day of publication,
  // which may be either day (a deed told of it falls on the later)
  for (const m of all(/\bovernight\b/i)) {
    const around = sentence.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
    if (!new RegExp(`${WEEKDAY}|${MONTH} \\d|\\d ${MONTH}`).test(around))
      push(shift(pub, -1), m, 1, true, pub);
  }
  for (const m of all(/\btoday\b/i)) push(pub, m, 1, true);
  // "this morning", "tonight": the day of publication
  for (const m of all(/\b(?:this (?:morning|afternoon|evening)|tonight)\b/i)) push(pub, m, 1, true);
  // "two days ago", "3 days ago", "a week ago", "two weeks ago"
  for (const m of all(/\b(a|one|two|three|four|five|six|[1-6]) (days?|weeks?) ago\b/i)) {
    const n = COUNT[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
    if (!/week/i.test(m[2] ?? '')) {
      push(shift(pub, -n), m, 1, true);
      continue;
    }
    // weeks ago name no day: only the month, when the days around it lie in one
    const [from, to] = [shift(pub, -7 * n - 3), shift(pub, -7 * n + 3)];
    push(from.slice(0, 7) === to.slice(0, 7) ? from.slice(0, 7) : null, m, 2, true);
  }
  // "last week", "earlier this week": no day, only the month the whole week lies in (if one)
  for (const m of all(/\b(last|this|earlier this|later this) week\b/i)) {
    const monday = weekdayFrom(pub, 1, false, false);
    const start = /last/i.test(m[1] ?? '') ? shift(monday, -7) : monday;
    const end = shift(start, 6);
    push(start.slice(0, 7) === end.slice(0, 7) ? start.slice(0, 7) : null, m, 2, true);
  }
  for (const m of all(/\blast month\b/i)) push(monthFrom(pub, -1), m, 2, true);
  for (const m of all(/\b(this|earlier this|later this) month\b/))
    push(pub.slice(0, 7), m, 2, true);
  for (const m of all(/\b(this|earlier this|later this) year\b/)) push(pub.slice(0, 4), m, 3, true);
}

/** A participle: "accused", "struck", "taken", the word after "had" in a deed told as done before. */
const PARTICIPLE =
  /^(?:\p{L}{2,}(?:ed|en|wn)|met|held|struck|hit|shot|fought|made|told|sent|led|left|come|gone|won|lost|kept|put|set|cut|spread|sought|brought|said|begun|been)\b/iu;

/** "had", "has", "have", with the words that may stand between it and its participle. */
const PERFECT_BEFORE =
  /\b(?:had|has|have)(?:\s+(?:not|never|long|already|also|previously|repeatedly|recently|just|earlier|twice|once|been|in the past|in recent (?:days|weeks|months|years)))*\s+$/i;

/** A clause that tells a lasting state, not a day's deed: "for weeks", "since". */
const LASTING = /\b(?:for (?:days|weeks|months|years|decades)|since)\b/i;

/** Whether the deed whose verb stands at `at` is told as done before the story's days ("had
 * accused", "has struck") or as lasting ("for months", "since the war"): a day the story tells
 * around it is not its day. */
export function toldAsBefore(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'));
  const rest = sentence.slice(at);
  // (the clause ends where another opens: "brokered by Norway after talks resumed for the first
  // time since the war" tells no lasting brokering)
  const end = rest.search(/[,;—]|\.(?:\s|$)|\s(?:after|before|because|when)\s/);
  const clause = sentence.slice(start + 1, end < 0 ? sentence.length : at + end);
  return (
    (PERFECT_BEFORE.test(before) && PARTICIPLE.test(rest)) ||
    LASTING.test(clause) ||
    FRONTED_LASTING.test(sentence)
  );
}

/** A sentence opened by a time it lasts over ("Since 2023, the group has been …", "For months,
 * …"): each of its clauses tells that lasting state. */
const FRONTED_LASTING =
  /^\W*(?:since|for (?:the )?(?:past |last )?(?:several |many |two |three )?(?:days|weeks|months|years|decades))\b[^,]{0,30},/i;

/** How many clause breaks (a comma, semicolon or dash) stand between a date at `at` and the words
 * at `near`; the comma closing a date that opens the sentence ("On Monday, …") is none: such a
 * date is the whole sentence's. */
function clausesBetween(sentence: string, at: number, near: number): number {
  const opening = at < 12 && sentence.indexOf(',') > at;
  const from = opening ? sentence.indexOf(',') + 1 : Math.min(at, near);
  const between = sentence.slice(from, Math.max(at, near));
  return (between.match(/[,;—–]/g) ?? []).length;
}

/** Whether the date is of words counting from the story's last day to a thing that the words at
 * `near` tell ("the strikes came hours after Malta expelled the envoy on Tuesday": the hours are
 * the strikes', Tuesday is the expulsion's): any other date in the sentence is theirs before it.
 * Counted back from a day the sentence named before ("said on Friday …, a day after X rejected"),
 * the date is the thing's own. */
function countsToThing(
  sentence: string,
  c: Candidate,
  near: number,
  all: readonly Candidate[],
): boolean {
  if (near < c.end || !/\b(?:after|before)$/i.test(sentence.slice(c.at, c.end))) return false;
  return !all.some((d) => d.at < c.at && DAY.test(d.date));
}

/** A clause set off as a relative one (", which took effect on Sunday,"): its days are its own. */
const RELATIVE = /,\s*(?:which|who|whose|where)\b[^,;—]*(?:[,;—]|$)/g;

/** Whether the date belongs to words other than those at `near`: to a noun it stands before
 * ("condemned Wednesday's strikes": the strikes', not the condemnation's), or to a relative clause
 * the words are not in ("The truce, which took effect on Sunday, was brokered by Norway"). */
function ofOtherWords(sentence: string, c: Candidate, near: number | undefined): boolean {
  // the noun phrase the possessive opens: up to three words, not past a comma
  const noun = /^['’]s(?:\s+[\p{L}-]+){0,3}/u.exec(sentence.slice(c.end));
  if (noun) return near === undefined || near < c.at || near > c.end + noun[0].length;
  if (near === undefined) return false;
  // ("welcomed them to affirm a compact agreed upon last month": the month is the compact's)
  const reduced = REDUCED_RELATIVE.exec(sentence.slice(0, c.at));
  if (reduced && near < reduced.index) return true;
  for (const r of sentence.matchAll(RELATIVE)) {
    const [from, to] = [r.index, r.index + r[0].length];
    if (c.at > from && c.at < to && (near < from || near >= to)) return true;
  }
  // ("were brokered by Norway after the two sides reopened contacts last month": the month is the reopening's)
  // ("to meet Jo Roe on Monday after the summit with Lima ended": Monday is the meeting's, not
  // the summit's, told in the later clause)
  // ("met Jo Roe and invited Al Oak to visit later this year": the year is the invitation's)
  for (const r of sentence.matchAll(JOINED_CLAUSE)) {
    const [from, to] = [r.index, r.index + r[0].length];
    if (near < from && c.at > from && c.at < to) return true;
  }
  for (const r of sentence.matchAll(LATER_CLAUSE)) {
    const [from, to] = [r.index, r.index + r[0].length];
    if (near < from && c.at > from && c.at < to) return true;
    // (a clause "as" or "when" opens is of the same time: "met on Friday as they signed …")
    const other = /^(?:after|before|since)\b/i.test(r[0]);
    if (other && near > from && near < to && c.end <= from) return true;
  }
  return false;
}

/** A thing told, then the participle that dates it, just before a date: "a compact agreed upon
 * last month", "the strikes carried out on Tuesday", "the deal signed in June". */
const REDUCED_RELATIVE =
  /\b(?:deal|agreement|accord|compact|pact|truce|ceasefire|framework|treaty|memorandum|declaration|resolution|decision|tariffs|sanctions|strikes?|attacks?|talks|meeting|summit|call|visit)\s+(?:\p{Ll}+ed|signed|reached|agreed|announced|held|made|struck|brokered|begun|given|taken|sent)(?:\s+(?:upon|out|on|in|at|by|last|earlier|late|early))*\s*$/u;

/** A clause of its own after the words, opened by a conjunction of time or cause, its subject
 * and a verb in the past: "after the two sides reopened contacts last month". */
const LATER_CLAUSE =
  /\b(?:after|since|before|because|when|as)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:\p{Ll}+ed|began|met|took|fell|broke|came|went|held|won|lost|struck)\b[^,;—]*/gu;

/** A verb phrase joined by "and" to the one before, its verb in the past ("and invited Al Oak to
 * visit later this year"), up to the next comma: a deed of its own, with its own time. */
const JOINED_CLAUSE =
  /\band\s+(?:\p{Ll}+ly\s+)?(?:invited|announced|said|warned|pledged|vowed|promised|told|added|urged|called)\b[^,;—]*/gu;

/** What the words a date is wanted for are, and what the story told before them. */
export type DateReading = {
  /** The words report a deed already done (a call, a meeting, a strike): a date after the
   * publication is another clause's ("met on Friday to prepare a summit opening Monday"). */
  done?: boolean;
  /** The last day the story named before this sentence ("a day later" counts from it). */
  anchor?: string | null;
  /** The words report a deed that is no saying (a meeting, a strike): the day of a saying in
   * another clause ("met in Geneva, the ministry said Friday") is not its day. */
  unsaid?: boolean;
  /** On a page with no date, the year of the article's own full dates ("June 27" in it). */
  year?: number | null;
  /** The words tell of a thing planned ("summit talks with Trump on Monday"): its weekday is
   * the coming one, whatever tense the clause is told in. */
  ahead?: boolean;
};

/** The date the sentence states (or implies, given the publication date) for the words at
 * character `near` (default: the first date, days before months before years). */
export function findDate(
  sentence: string,
  published?: string | null,
  near?: number,
  /** The city the article is written from (its dateline), whose clock its weekdays keep. */
  home: string | null = null,
  { done = false, anchor = null, unsaid = false, year = null, ahead = false }: DateReading = {},
): FoundDate | null {
  const pub = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  const otherSaying = (c: Candidate) => {
    if (!unsaid || near === undefined || c.saidAt === undefined) return false;
    const between = sentence.slice(Math.min(near, c.saidAt), Math.max(near, c.saidAt));
    return /[,;—]|\bthat\b/.test(between);
  };
  const found = candidates(sentence, pub, home, anchor, pub === null ? year : null, ahead).filter(
    (c) =>
      (!done || pub === null || c.date.slice(0, 10) <= pub) &&
      !otherSaying(c) &&
      !ofOtherWords(sentence, c, near),
  );
  if (found.length === 0) return null;
  // a day beats a month, a month a year; near given words, the nearest date wins, a coarser one
  // counting as 30 characters further off per step, and one in another clause as 40 more per
  // comma, semicolon or dash between ("A, who met B on Friday, spoke to C on Sunday": Sunday)
  const tier = (c: Candidate) => (c.rank <= 1 ? 0 : c.rank - 1);
  const cost = (c: Candidate) =>
    near === undefined
      ? tier(c) * 10_000 + c.at
      : Math.abs(c.at - near) +
        tier(c) * 30 +
        clausesBetween(sentence, c.at, near) * 40 +
        (countsToThing(sentence, c, near, found) ? 200 : 0);
  const best = [...found].sort((a, b) => cost(a) - cost(b) || a.rank - b.rank)[0] as Candidate;
  return {
    date: best.date,
    approximate: best.approximate,
    ...(best.until && best.until !== best.date ? { until: best.until } : {}),
  };
}
