// Dates a sentence states, as ISO prefixes: "in November 2023" → "2023-11", "May 12, 2025" →
// "2025-05-12". Dates without a year, weekdays and "this month" need the article's publication
// date; without it they stay unknown. Inferred dates are marked approximate.
import { isRealIsoPrefix } from '../data/schema';
import { MONTHS, WEEKDAYS } from './gazetteer';

export type FoundDate = { date: string; approximate: boolean };

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH_RE = MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|');

/** The first date the sentence states (or implies, given the publication date). */
export function findDate(sentence: string, published?: string | null): FoundDate | null {
  const pub = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  const pubYear = pub ? Number(pub.slice(0, 4)) : null;

  let m = new RegExp(`\\b(${MONTH_RE})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`).exec(
    sentence,
  );
  if (m) return checked(`${m[3]}-${pad(monthIndex(m[1]))}-${pad(Number(m[2]))}`, false);
  m = new RegExp(`\\b(\\d{1,2}) (${MONTH_RE}) (\\d{4})\\b`).exec(sentence);
  if (m) return checked(`${m[3]}-${pad(monthIndex(m[2]))}-${pad(Number(m[1]))}`, false);
  m = new RegExp(`\\b(${MONTH_RE}),? (\\d{4})\\b`).exec(sentence);
  if (m) return checked(`${m[2]}-${pad(monthIndex(m[1]))}`, false);
  m = new RegExp(`\\b(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`).exec(sentence);
  if (m && pubYear !== null)
    return checked(`${pubYear}-${pad(monthIndex(m[1]))}-${pad(Number(m[2]))}`, true);
  m = /\b(?:[Ii]n|[Ss]ince|[Dd]uring|of) ((?:19|20)\d{2})\b/.exec(sentence);
  if (m?.[1]) return checked(m[1], false);
  if (pub === null) return null;
  m = new RegExp(
    `\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?) ?(${MONTH_RE})\\b`,
  ).exec(sentence);
  if (m) {
    const month = monthIndex(m[1]);
    const year = month > Number(pub.slice(5, 7)) ? (pubYear as number) - 1 : (pubYear as number);
    return checked(`${year}-${pad(month)}`, true);
  }
  const weekday = new RegExp(
    `\\b(${WEEKDAYS.map((d) => d[0]?.toUpperCase() + d.slice(1)).join('|')})\\b`,
  ).exec(sentence);
  if (weekday?.[1]) {
    const target = WEEKDAYS.indexOf(weekday[1].toLowerCase());
    const day = new Date(`${pub}T00:00:00Z`);
    const back = (day.getUTCDay() - target + 7) % 7;
    day.setUTCDate(day.getUTCDate() - back);
    return checked(day.toISOString().slice(0, 10), true);
  }
  if (/\b(this|earlier this|later this) month\b/.test(sentence))
    return checked(pub.slice(0, 7), true);
  if (/\b(this|earlier this|later this) year\b/.test(sentence))
    return checked(pub.slice(0, 4), true);
  return null;
}

function monthIndex(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').toLowerCase()) + 1;
}

function checked(date: string, approximate: boolean): FoundDate | null {
  return isRealIsoPrefix(date) ? { date, approximate } : null;
}
