// The timeline's viewport as plain data: the window fitted to where the activity is (a lone
// outlier years away does not squeeze the rest), zooming about a point and panning inside the
// whole span. Pure; the chart only converts pixels.
import {
  DAY_MS,
  paddedSpan,
  type TimeDomain,
  type TimelineItem,
  timelineDomain,
} from '../../graph/timeline';

/** The closest the timeline zooms: a week across. */
export const MIN_VIEW_SPAN_MS = 7 * DAY_MS;
/** Tukey's "far out" fence: points beyond 3 interquartile ranges of the bulk are outliers. */
const OUTLIER_FENCE = 3;

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (at - lo);
}

/**
 * The window that shows the activity: the span of the day- and month-precise items (year-wide
 * bands would stretch it to whole years), without the outliers beyond Tukey's far-out fences,
 * padded like timelineDomain (paddedSpan) and at least MIN_VIEW_SPAN_MS wide. With fewer than four such
 * items every item counts. Null when there are no items.
 */
export function fitToActivity(items: readonly TimelineItem[]): TimeDomain | null {
  if (items.length === 0) return null;
  const precise = items.filter((item) => item.precision !== 'year');
  const pool = precise.length > 0 ? precise : items;
  let kept = pool;
  if (pool.length >= 4) {
    const mids = pool.map((item) => (item.start + item.end) / 2).sort((a, b) => a - b);
    const q1 = quantile(mids, 0.25);
    const q3 = quantile(mids, 0.75);
    const reach = OUTLIER_FENCE * (q3 - q1);
    kept = pool.filter((item) => {
      const mid = (item.start + item.end) / 2;
      return mid >= q1 - reach && mid <= q3 + reach;
    });
  }
  let start = Infinity;
  let end = -Infinity;
  for (const item of kept) {
    start = Math.min(start, item.start);
    end = Math.max(end, item.end);
  }
  const fitted = paddedSpan(start, end);
  return widen(fitted, MIN_VIEW_SPAN_MS);
}

/** The window grown about its middle to at least `span` ms. */
function widen(view: TimeDomain, span: number): TimeDomain {
  const width = view.end - view.start;
  if (width >= span) return view;
  const middle = (view.start + view.end) / 2;
  return { start: middle - span / 2, end: middle + span / 2 };
}

/** The widest the timeline zooms out: the whole span with room, and never under a week. */
export function fullExtent(items: readonly TimelineItem[]): TimeDomain | null {
  const domain = timelineDomain(items);
  return domain && widen(domain, MIN_VIEW_SPAN_MS);
}

/** The window moved (not resized) to lie inside `limits`; as wide as the limits at most. */
export function clampView(view: TimeDomain, limits: TimeDomain): TimeDomain {
  const width = Math.min(view.end - view.start, limits.end - limits.start);
  let start = Math.max(limits.start, Math.min(view.start, limits.end - width));
  if (!Number.isFinite(start)) start = limits.start;
  return { start, end: start + width };
}

/**
 * Zooms by `factor` (below 1 zooms in) about the time `anchor`, which stays where it is on
 * screen; the width stays between MIN_VIEW_SPAN_MS and the limits' width.
 */
export function zoomView(
  view: TimeDomain,
  factor: number,
  anchor: number,
  limits: TimeDomain,
): TimeDomain {
  if (!(factor > 0) || !Number.isFinite(factor))
    throw new Error(`zoomView: the factor must be a positive number, got ${factor}`);
  const width = view.end - view.start;
  const maxWidth = limits.end - limits.start;
  const next = Math.min(maxWidth, Math.max(Math.min(MIN_VIEW_SPAN_MS, maxWidth), width * factor));
  const at = Math.min(view.end, Math.max(view.start, anchor));
  const share = width > 0 ? (at - view.start) / width : 0.5;
  const start = at - share * next;
  return clampView({ start, end: start + next }, limits);
}

/** Moves the window by `delta` ms (positive: later), staying inside the limits. */
export function panView(view: TimeDomain, delta: number, limits: TimeDomain): TimeDomain {
  return clampView({ start: view.start + delta, end: view.end + delta }, limits);
}

/** Whether the window can zoom in further / out further. */
export function canZoomIn(view: TimeDomain): boolean {
  return view.end - view.start > MIN_VIEW_SPAN_MS + 1;
}
export function canZoomOut(view: TimeDomain, limits: TimeDomain): boolean {
  return view.end - view.start < limits.end - limits.start - 1;
}

/** How many items lie wholly before and after the window (the marks it does not show). */
export function outsideView(
  items: readonly TimelineItem[],
  view: TimeDomain,
): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const item of items) {
    if (item.end < view.start) before += 1;
    else if (item.start > view.end) after += 1;
  }
  return { before, after };
}
