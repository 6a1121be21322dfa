// The page's own date lines: "MONDAY, MARCH 3, 2025", "Tue Apr 8 2025", "Feb 4, 2025",
// "Published: 3 Mar. 2025, 08:15", "Published on 3/4/25", "4/8/2025Updated: 4/9/2025",
// "2025-03-03 08:15"; failing those, a header line that gives the date beside a byline or a
// time ("By Ann Lee | May 10, 2025", "Desk Writer, 07 Oct, 2025 09:08 AM"), or a dateline that
// gives its year ("OSLO, May 10, 2025 (Agency) —"). Pure, no tagger: the dialog uses it as the
// text is pasted.
import { unflattenLine } from './flattened-page';
import { MONTHS } from './gazetteer';

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** The month a word names ("Oct.", "October", "SEPT") as 1..12, or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  // "June" and "July" are four letters long: a full name is looked up by its first three too
  const n = MONTH_NUMBER[(w.length > 4 && w !== 'sept') || MONTHS.includes(w) ? w.slice(0, 3) : w];
  if (n === undefined) return null;
  // a full name must be spelled out whole ("Mayday" is no month)
  if (w.length > 4 && !MONTHS.includes(w)) return null;
  return n;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD when it is a real day, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const MONTH_WORD = '[A-Za-z]{3,9}\\.?';
const DATE_FORMS: readonly { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    read: (m) => isoDay(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    re: new RegExp(`\\b(${MONTH_WORD}) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`),
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      return month ? isoDay(Number(m[3]), month, Number(m[2])) : null;
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2}) (${MONTH_WORD}),? (\\d{4})\\b`),
    read: (m) => {
      const month = monthNumber(m[2] ?? '');
      return month ? isoDay(Number(m[3]), month, Number(m[1])) : null;
    },
  },
  {
    // numeric dates read month first (US pages), unless the first number cannot be a month
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const year = (m[3] ?? '').length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      return a > 12 ? isoDay(year, b, a) : isoDay(year, a, b);
    },
  },
];

const LEFTOVER =
  /\b(published|updated|posted|last|modified|on|at|am|pm|a\.m|p\.m|utc|gmt|est|edt|et|kst|jst|cst|cdt|pst|pdt|bst|cet|cest|eet|ist|pkt|sgt|hkt|aest|time|date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/gi;

/** The reading time a page shows: "2 min read", "5 minutes read". */
const READING_TIME = /\b\d{1,2}\s*min(?:ute)?s?\s*read(?:ing)?(?:\s*time)?/gi;

/** A line that is only a date (and words like "Published", a weekday, a time): its day, or null
 * when the line is a date line without a day one can read. Undefined for any other line. */
export function parseDateLine(line: string): string | null | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > 80) return undefined;
  // ("2 min readLast updated: …": the reading time a page shows beside its stamp)
  let rest = text.replace(READING_TIME, ' ');
  let day: string | null = null;
  let found = false;
  for (const form of DATE_FORMS) {
    for (;;) {
      const m = form.re.exec(rest);
      if (!m) break;
      found = true;
      day ??= form.read(m);
      rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
    }
  }
  // "Tue Apr 8 2025": month day year without a comma
  const loose = new RegExp(`\\b(${MONTH_WORD}) (\\d{1,2}) (\\d{4})\\b`).exec(rest);
  if (loose) {
    const month = monthNumber(loose[1] ?? '');
    if (month) {
      found = true;
      day ??= isoDay(Number(loose[3]), month, Number(loose[2]));
      rest = rest.replace(loose[0], ' ');
    }
  }
  if (!found) return undefined;
  const left = rest
    .replace(/\b\d{1,2}:\d{2}(:\d{2})?\b/g, ' ')
    .replace(/\b(?:GMT|UTC)[+-]\d{1,2}(?::\d{2})?/g, ' ')
    .replace(LEFTOVER, ' ')
    .replace(/[\s,.:;|()/–—·•-]+/g, '');
  return left.length === 0 ? day : undefined;
}

/** The first full date (with its year) a line gives, and the line without it. */
function fullDate(line: string): { day: string; rest: string } | null {
  for (const form of DATE_FORMS.slice(0, 3)) {
    const m = form.re.exec(line);
    const day = m ? form.read(m) : null;
    if (m && day)
      return { day, rest: `${line.slice(0, m.index)} ${line.slice(m.index + m[0].length)}` };
  }
  return null;
}

/** What beside a date says a line is the page's header, not a sentence: a time of day, a
 * separator, a byline's "By", a reading time. */
const HEADER_CUE =
  /\b\d{1,2}[:.]\d{2}\b|[|·•]|^\s*By\s+\p{Lu}|\bmin(?:ute)?s? read\b|\b(?:updated|published|posted)\b/iu;

/** A header line giving the page's date beside other things ("By Ann Lee | May 10, 2025"): its
 * day, or null. A sentence (it ends in a word and a full stop) is no header. */
export function headerDate(line: string): string | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 100) return null;
  const found = fullDate(text);
  if (!found || !HEADER_CUE.test(found.rest)) return null;
  const words = found.rest
    .replace(/\b[ap]\.m\./gi, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length > 10 || /\p{Ll}{3,}\.\s*$/u.test(found.rest.trim())) return null;
  return found.day;
}

/** "OSLO, May 10, 2025 (Agency) —", "Oslo, 10 May 2025 —", "OSLO (Agency), May 10, 2025 —",
 * "Oslo [Norway], May 10, 2025:", "OSLO – 10 May 2025:": a dateline that gives its year. */
const DATELINE_WITH_YEAR = new RegExp(
  `^\\p{Lu}[\\p{L} .'’-]{1,40}(?: ?[([][^)\\]]{1,30}[)\\]])?(?:,| [–—-])(?: [\\p{L} .'’-]{1,30},)? ((?:${MONTH_WORD} \\d{1,2},? \\d{4})|(?:\\d{1,2} ${MONTH_WORD},? \\d{4}))(?: ?\\([^)]{1,30}\\))? ?(?:--|—|–|-|:)`,
  'u',
);

/** The first date the page's own lines give (among its first lines), as YYYY-MM-DD: a line that
 * is only a date, else a header line with one, else a dateline's. */
export function findPageDate(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').slice(0, 40).flatMap(unflattenLine);
  for (const line of lines) {
    const day = parseDateLine(line);
    if (day) return day;
  }
  for (const line of lines) {
    const day = headerDate(line);
    if (day) return day;
  }
  for (const line of lines) {
    const m = DATELINE_WITH_YEAR.exec(line.trim());
    const day = m ? fullDate(m[1] ?? '')?.day : null;
    if (day) return day;
  }
  return null;
}
