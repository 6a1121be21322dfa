// The timeline's viewport: it opens fitted to where the activity is (a lone outlier years away
// stays reachable but does not squeeze the rest), zooms about a point, pans inside the whole
// span, ticks read years, months or days as it zooms, and Play's steps are the days things start.
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  monthTicks,
  nextPlayStep,
  playSteps,
  type TimelineItem,
} from '../../../src/graph/timeline';
import {
  canZoomIn,
  canZoomOut,
  fitToActivity,
  fullExtent,
  MIN_VIEW_SPAN_MS,
  outsideView,
  panView,
  zoomView,
} from '../../../src/ui/timeline/scale';

function item(edge: string, y: number, m: number, d: number | null): TimelineItem {
  const start = Date.UTC(y, m - 1, d ?? 1);
  const end = (d === null ? Date.UTC(y, m, 1) : start + DAY_MS) - 1;
  return {
    edge,
    start,
    end,
    precision: d === null ? 'month' : 'day',
    approximate: false,
    tone: null,
    kind: 'call',
    label: 'called',
    source: 'a',
    target: 'b',
  };
}

// The story's shape: a burst in May 2025, some June and October days, one statement in 2023.
const ITEMS: TimelineItem[] = [
  item('old', 2023, 11, null),
  ...[10, 10, 12, 12, 12, 22, 22, 22].map((d, i) => item(`may${i}`, 2025, 5, d)),
  item('may', 2025, 5, null),
  item('jun4', 2025, 6, 4),
  item('jun5', 2025, 6, 5),
  ...[10, 17, 18, 18].map((d, i) => item(`oct${i}`, 2025, 10, d)),
];

describe('fitToActivity', () => {
  it('ignores a lone outlier years before the rest', () => {
    const view = fitToActivity(ITEMS);
    expect(view).not.toBeNull();
    if (!view) return;
    expect(view.start).toBeGreaterThan(Date.UTC(2025, 3, 1));
    expect(view.start).toBeLessThanOrEqual(Date.UTC(2025, 4, 1));
    expect(view.end).toBeGreaterThanOrEqual(Date.UTC(2025, 9, 19));
    expect(view.end).toBeLessThan(Date.UTC(2025, 11, 1));
  });

  it('keeps two real clusters, and everything when there is too little to judge', () => {
    const two = [
      ...ITEMS.slice(1, 6),
      ...ITEMS.slice(1, 6).map((i) => ({
        ...i,
        start: i.start + 365 * DAY_MS,
        end: i.end + 365 * DAY_MS,
      })),
    ];
    const view = fitToActivity(two);
    expect(view?.start).toBeLessThan(Date.UTC(2025, 4, 10));
    expect(view?.end).toBeGreaterThan(Date.UTC(2026, 4, 12));
    const few = fitToActivity([ITEMS[0]!, ITEMS[1]!]);
    expect(few?.start).toBeLessThan(Date.UTC(2023, 10, 1));
    expect(fitToActivity([])).toBeNull();
  });

  it('is at least a week wide, even for one day', () => {
    const view = fitToActivity([item('one', 2025, 5, 22)]);
    expect(view && view.end - view.start).toBeGreaterThanOrEqual(MIN_VIEW_SPAN_MS);
    expect(view?.start).toBeLessThan(Date.UTC(2025, 4, 22));
    expect(view?.end).toBeGreaterThan(Date.UTC(2025, 4, 23));
  });
});

describe('zoom and pan', () => {
  const limits = fullExtent(ITEMS)!;
  const fitted = fitToActivity(ITEMS)!;

  it('zooms about the anchor, which stays at the same place on screen', () => {
    const anchor = Date.UTC(2025, 4, 22);
    const share = (anchor - fitted.start) / (fitted.end - fitted.start);
    const zoomed = zoomView(fitted, 0.5, anchor, limits);
    expect(zoomed.end - zoomed.start).toBeCloseTo((fitted.end - fitted.start) / 2, -3);
    expect((anchor - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo(share, 6);
  });

  it('stops at a week in and at the whole span out, and says so', () => {
    let view = fitted;
    for (let i = 0; i < 40; i += 1) view = zoomView(view, 0.5, Date.UTC(2025, 4, 12), limits);
    expect(view.end - view.start).toBe(MIN_VIEW_SPAN_MS);
    expect(canZoomIn(view)).toBe(false);
    for (let i = 0; i < 40; i += 1) view = zoomView(view, 2, Date.UTC(2025, 4, 12), limits);
    expect(view).toEqual(limits);
    expect(canZoomOut(view, limits)).toBe(false);
    expect(canZoomIn(view)).toBe(true);
    expect(() => zoomView(view, 0, 0, limits)).toThrow('zoomView');
  });

  it('pans inside the whole span, so the outliers are reachable', () => {
    expect(outsideView(ITEMS, fitted)).toEqual({ before: 1, after: 0 });
    const left = panView(fitted, -10 * 365 * DAY_MS, limits);
    expect(left.start).toBe(limits.start);
    expect(left.end - left.start).toBeCloseTo(fitted.end - fitted.start, -3);
    expect(outsideView(ITEMS, left).before).toBe(0);
    const right = panView(fitted, 10 * 365 * DAY_MS, limits);
    expect(right.end).toBe(limits.end);
  });
});

describe('ticks at each zoom level', () => {
  const limits = fullExtent(ITEMS)!;
  const fitted = fitToActivity(ITEMS)!;
  const may = zoomView(fitted, 0.2, Date.UTC(2025, 4, 16), limits);
  const week = zoomView(may, 0.01, Date.UTC(2025, 4, 22), limits);

  it('reads years when zoomed out over the whole span (on a narrow axis)', () => {
    const ticks = monthTicks(limits, 3);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('reads months when fitted to the activity', () => {
    const labels = monthTicks(fitted, 10).map((t) => t.label);
    expect(labels[0]).toBe('May 2025');
    expect(labels).toContain('Oct');
  });

  it('reads days when zoomed into May, every day at a week', () => {
    const labels = monthTicks(may, 10).map((t) => t.label);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.every((l) => /^\d{1,2} [A-Z][a-z]{2}$/.test(l))).toBe(true);
    const days = monthTicks(week, 10);
    expect(days.length).toBe(7);
    expect(days.map((t) => t.time)).toContain(Date.UTC(2025, 4, 22));
    expect(days.map((t) => t.label)).toContain('22 May');
  });
});

describe('playSteps', () => {
  it('lists each day something first shows, in order; a month shows from its first day', () => {
    const steps = playSteps(ITEMS);
    expect(steps[0]).toBe('2023-11-01');
    expect(steps).toContain('2025-05-01');
    expect(steps.slice(-3)).toEqual(['2025-10-10', '2025-10-17', '2025-10-18']);
    expect(new Set(steps).size).toBe(steps.length);
  });

  it('moves to the next step, and ends after the last', () => {
    const steps = ['2025-05-10', '2025-05-12', '2025-05-22'];
    expect(nextPlayStep(steps, null)).toBe('2025-05-10');
    expect(nextPlayStep(steps, '2025-05-10')).toBe('2025-05-12');
    expect(nextPlayStep(steps, '2025-05-15')).toBe('2025-05-22');
    expect(nextPlayStep(steps, '2025-05-22')).toBeNull();
    expect(nextPlayStep([], null)).toBeNull();
  });
});
