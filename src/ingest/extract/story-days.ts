// Days a story tells from a day it told before: "a day earlier", "the next day", "two days after
// the strikes", "a week later", "the following morning", "hours later", "48 hours later", "later
// that day", "that day". Such a day is counted from the last day the story named before it (in
// the same sentence, else in the sentences before), and marked approximate; with no day told
// before, it stays unknown.
import type { Collector } from './date-collector';

/** The day `days` after (or, negative, before) `day`. */
export function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Small counts written as words: "two days", "a week". */
export const COUNT: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};

/** Whole days written as hours. */
const HOURS_AS_DAYS: Readonly<Record<string, number>> = {
  '24': 1,
  '48': 2,
  '72': 3,
  'twenty-four': 1,
  'forty-eight': 2,
  'seventy-two': 3,
};

/** "the day after" / "the day before" stand alone only at a clause's end ("the day before, …"),
 * not before the thing they count from ("the day before the vote" says nothing of the story's
 * last day). */
const ALONE = String.raw`(?=\s*(?:[,.;:)—–]|$))`;

/** Each form with the days it moves from the day before it. */
const FORMS: readonly { re: RegExp; days: (m: RegExpExecArray) => number }[] = [
  {
    // "a day earlier", "two days later", "three days after the strikes", "one day before"
    re: /\b(a|one|two|three|four|five|six|[1-6]) days? (earlier|later|before|after)\b/i,
    days: (m) => {
      const n = COUNT[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      return /earlier|before/i.test(m[2] ?? '') ? -n : n;
    },
  },
  {
    // "a week later", "a week before the vote"
    re: /\b(a|one) week (earlier|later|before|after)\b/i,
    days: (m) => (/earlier|before/i.test(m[2] ?? '') ? -7 : 7),
  },
  {
    re: new RegExp(
      String.raw`\bthe (?:next|following) (?:day|morning|evening|night)\b|\bthe day after${ALONE}`,
      'i',
    ),
    days: () => 1,
  },
  {
    re: new RegExp(
      String.raw`\bthe (?:previous|preceding) (?:day|evening|night)\b|\bthe (?:day|night) before${ALONE}`,
      'i',
    ),
    days: () => -1,
  },
  {
    // "24 hours later", "48 hours after the vote": whole days counted in hours
    re: /\b(24|48|72|twenty-four|forty-eight|seventy-two) hours (earlier|later|before|after)\b/i,
    days: (m) => {
      const n = HOURS_AS_DAYS[(m[1] ?? '').toLowerCase()] ?? 0;
      return /earlier|before/i.test(m[2] ?? '') ? -n : n;
    },
  },
  {
    // "hours later", "hours after the vote", "within hours", "later that day", "earlier in the
    // day", "the same day", "that night"
    re: /\b(?:(?:just |only |a few |several )?hours (?:later|earlier|after|before)|within hours|(?:later|earlier) (?:that|the same|in the) day|the same day|that (?:day|night|evening|afternoon|morning))\b/i,
    days: () => 0,
  },
];

/** A stated date right after the words ("the day before, June 4"): that date tells the day. */
const STATED_AFTER = /^\s*,?\s*(?:on\s+)?(?:\p{Lu}\p{Ll}{2,8}\.? \d|\d{1,2} \p{Lu})/u;

/** What follows words counting from a thing they name ("two days after the vote"). */
const A_THING = new RegExp(String.raw`^(?!${ALONE})`);

/** The days the sentence counts from the story's last day (`anchor`, else one it named before).
 * "X said on Friday …, a day after Y gave …": with a day named before it in the sentence, the
 * words count back from that day to the thing they name (Y gave on Thursday). */
export function storyDays(c: Collector, anchor: string | null): void {
  for (const form of FORMS)
    for (const m of c.all(form.re)) {
      const here = c.dayBefore(m.index);
      const from = here ?? anchor;
      const rest = c.sentence.slice(m.index + m[0].length);
      if (from === null || STATED_AFTER.test(rest)) continue;
      const thing = /(?:after|before)$/i.test(m[0]) && A_THING.test(rest);
      const days = form.days(m);
      c.push(shiftDay(from, here !== null && thing ? -days : days), m, 1, true);
    }
}
