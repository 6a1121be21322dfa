// Dated relations on a time axis: ISO-prefix dates as spans, the items a timeline draws,
// its domain and month ticks. The one home of date-span arithmetic (filters import it from here).
import { isRealIsoPrefix, type Tone } from '../data/schema';
import type { ParleyGraph } from './types';

export type DatePrecision = 'day' | 'month' | 'year';

export type TimelineItem = {
  edge: string;
  start: number;
  end: number;
  precision: DatePrecision;
  approximate: boolean;
  tone: Tone | null;
  kind: string;
  label: string;
  /** Node ids of the relation's endpoints. */
  source: string;
  target: string;
};

export type TimeDomain = { start: number; end: number };
export type Tick = { time: number; label: string };

export const DAY_MS = 86_400_000;
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Milliseconds of 00:00 UTC on the given day; month may overflow (month 12 is January next year). */
function utc(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/** The precision of an ISO prefix, or null when it is not a real year, month or day. */
export function datePrecision(prefix: string): DatePrecision | null {
  if (!isRealIsoPrefix(prefix)) return null;
  return prefix.length === 4 ? 'year' : prefix.length === 7 ? 'month' : 'day';
}

/** Like dateSpan, but null for anything that is not a real ISO prefix. */
export function tryDateSpan(prefix: string): TimeDomain | null {
  const precision = datePrecision(prefix);
  if (precision === null) return null;
  const year = Number(prefix.slice(0, 4));
  const month = precision === 'year' ? 0 : Number(prefix.slice(5, 7)) - 1;
  const day = precision === 'day' ? Number(prefix.slice(8, 10)) : 1;
  const start = utc(year, month, day);
  const next =
    precision === 'year'
      ? utc(year + 1, 0, 1)
      : precision === 'month'
        ? utc(year, month + 1, 1)
        : start + DAY_MS;
  return { start, end: next - 1 };
}

/** The span of an ISO prefix in UTC: "2025-05" → 1 May 00:00 … 31 May 23:59:59.999. */
export function dateSpan(prefix: string): TimeDomain {
  const span = typeof prefix === 'string' ? tryDateSpan(prefix) : null;
  if (span === null)
    throw new Error(
      `dateSpan: "${String(prefix).slice(0, 40)}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  return span;
}

/**
 * The overlap rule every date filter follows: a span is in a window when any of it is, so a
 * month- or year-precise date counts from its first day to its last.
 */
export function spanOverlaps(span: TimeDomain, window: TimeDomain): boolean {
  return span.end >= window.start && span.start <= window.end;
}

/** "2025-05-22" for a time in ms: turns a brushed span into a date filter. */
export function toIsoDay(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(ms) || year < 0 || year > 9999)
    throw new Error(`toIsoDay: ${ms} is not a time between the years 0 and 9999`);
  return date.toISOString().slice(0, 10);
}

/** The relations with a readable date (only the visible ones when given), by start then id. */
export function timelineItems(
  graph: ParleyGraph,
  visibleEdges?: ReadonlySet<string>,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (visibleEdges && !visibleEdges.has(edge)) return;
    if (typeof attributes.date !== 'string') return;
    const span = tryDateSpan(attributes.date);
    const precision = datePrecision(attributes.date);
    if (span === null || precision === null) return;
    items.push({
      edge,
      start: span.start,
      end: span.end,
      precision,
      approximate: attributes.dateApproximate === true,
      tone: attributes.tone ?? null,
      kind: attributes.kind,
      label: attributes.label,
      source,
      target,
    });
  });
  return items.sort(
    (a, b) => a.start - b.start || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0),
  );
}

/** The span the items cover, padded by 3% (at least a day) on each side; null when there are none. */
export function timelineDomain(items: readonly TimelineItem[]): TimeDomain | null {
  if (items.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start);
    end = Math.max(end, item.end);
  }
  return paddedSpan(start, end);
}

/** [start, end] padded by 3% of its length (at least a day) on each side. */
export function paddedSpan(start: number, end: number): TimeDomain {
  const pad = Math.max((end - start) * 0.03, DAY_MS);
  return { start: start - pad, end: end + pad };
}

function monthLabel(time: number, withYear: boolean): string {
  const date = new Date(time);
  const name = MONTH_NAMES[date.getUTCMonth()] ?? '';
  return withYear ? `${name} ${date.getUTCFullYear()}` : name;
}

/** Month-start ticks every `step` months (aligned so yearly steps fall on January). */
function monthStarts(domain: TimeDomain, step: number): number[] {
  const first = new Date(domain.start);
  let index = first.getUTCFullYear() * 12 + first.getUTCMonth();
  if (utc(Math.floor(index / 12), index % 12, 1) < domain.start) index += 1;
  index = Math.ceil(index / step) * step;
  const times: number[] = [];
  for (; ; index += step) {
    const time = utc(Math.floor(index / 12), index % 12, 1);
    if (time > domain.end) break;
    times.push(time);
  }
  return times;
}

/** The smallest step of 1, 2, 3, 6 months or 1, 2, 5, 10, 20, 50… years giving fewer than maxTicks. */
function monthStep(months: number, maxTicks: number): number {
  const short = [1, 2, 3, 6].find((s) => months / s < maxTicks);
  if (short !== undefined) return short;
  let years = 1;
  for (let k = 1; months / (12 * years) >= maxTicks; k += 1)
    years = ([1, 2, 5][k % 3] ?? 1) * 10 ** Math.floor(k / 3);
  return 12 * years;
}

function dayStarts(domain: TimeDomain, step: number): number[] {
  const times: number[] = [];
  for (let day = Math.ceil(domain.start / DAY_MS); day * DAY_MS <= domain.end; day += step)
    times.push(day * DAY_MS);
  return times;
}

/**
 * Ticks for a time axis, at most `maxTicks` (default 10, enough for 300–1400px; pass about
 * width / 100). Months read "May 2025" on the first tick and each January, "Jun" otherwise;
 * steps of a year or more read "2025"; spans too short for three month ticks get day ticks ("22 May").
 */
export function monthTicks(domain: TimeDomain, maxTicks = 10): Tick[] {
  if (!Number.isFinite(domain.start) || !Number.isFinite(domain.end) || domain.end < domain.start)
    throw new Error(
      `monthTicks: the domain must have finite start <= end, got ${domain.start}…${domain.end}`,
    );
  if (!Number.isInteger(maxTicks) || maxTicks < 2)
    throw new Error(`monthTicks: maxTicks must be an integer of at least 2, got ${maxTicks}`);
  const months = (domain.end - domain.start) / (30.44 * DAY_MS);
  const days = (domain.end - domain.start) / DAY_MS;
  if (months >= 1.5) {
    const step = monthStep(months, maxTicks);
    const times = monthStarts(domain, step);
    // two month ticks alone say little: weekly or fortnightly day ticks read better then
    if (times.length >= 3 || days / 14 >= maxTicks) {
      return times.map((time, i) => ({
        time,
        label:
          step >= 12
            ? String(new Date(time).getUTCFullYear())
            : monthLabel(time, i === 0 || new Date(time).getUTCMonth() === 0),
      }));
    }
  }
  const step = [1, 2, 7, 14].find((s) => days / s < maxTicks) ?? 14;
  return dayStarts(domain, step).map((time) => ({
    time,
    label: `${new Date(time).getUTCDate()} ${monthLabel(time, false)}`,
  }));
}

/**
 * The days Play stops on: each day on which at least one relation first shows, in order (a
 * month- or year-precise date shows from its first day, by the overlap rule).
 */
export function playSteps(items: readonly TimelineItem[]): string[] {
  const days = new Set<string>();
  for (const item of items) days.add(toIsoDay(item.start));
  return [...days].sort();
}

/** The step after `current` (the first when there is none or it is the last or past it). */
export function nextPlayStep(steps: readonly string[], current: string | null): string | null {
  if (steps.length === 0) return null;
  if (current === null) return steps[0] ?? null;
  const next = steps.find((day) => day > current);
  return next ?? null;
}
