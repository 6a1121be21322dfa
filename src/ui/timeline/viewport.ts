// The window of time the timeline shows, and the whole span it may move in: fitted to the
// activity when the chart opens, kept (clamped) when the items change, zoomed, panned and moved to
// the marks off either end. No DOM; `changed` tells the chart to draw.
import { dateSpan, type TimeDomain, type TimelineItem } from '../../graph/timeline';
import { clampView, fitToActivity, fullExtent, panView, zoomView } from './scale';

export type Viewport = {
  current(): TimeDomain | null;
  limits(): TimeDomain | null;
  /** The dated relations changed: the limits follow, the window stays where it still fits. */
  setItems(all: readonly TimelineItem[]): void;
  /** Shows this window (clamped to the limits). */
  set(next: TimeDomain | null): void;
  /** Zooms by a factor (below 1: in) about `anchor`, the middle when not given. */
  zoomBy(factor: number, anchor?: number): void;
  /** Pans by a share of the window's width (negative: earlier). */
  panBy(share: number): void;
  fit(): void;
  whole(): void;
  /** Moves the window (same width) to the nearest of `items` off one end. */
  showOutside(side: 'before' | 'after', items: readonly TimelineItem[]): void;
  /** Keeps a day's end in view, moving the window on when it nears the right edge (Play). */
  follow(day: string): void;
};

export function createViewport(changed: () => void): Viewport {
  let all: readonly TimelineItem[] = [];
  let limits: TimeDomain | null = null;
  let current: TimeDomain | null = null;
  const width = () => (current ? current.end - current.start : 1);

  function set(next: TimeDomain | null) {
    if (!next || !limits) return;
    current = clampView(next, limits);
    changed();
  }

  function showOutside(side: 'before' | 'after', items: readonly TimelineItem[]) {
    if (!current) return;
    const { start, end } = current;
    const span = end - start;
    if (side === 'before') {
      const nearest = Math.max(...items.filter((i) => i.end < start).map((i) => i.end));
      if (Number.isFinite(nearest)) set({ start: nearest - 0.9 * span, end: nearest + 0.1 * span });
    } else {
      const nearest = Math.min(...items.filter((i) => i.start > end).map((i) => i.start));
      if (Number.isFinite(nearest)) set({ start: nearest - 0.1 * span, end: nearest + 0.9 * span });
    }
  }

  return {
    current: () => current,
    limits: () => limits,
    setItems(items) {
      all = items;
      limits = fullExtent(all);
      current =
        limits === null ? null : current === null ? fitToActivity(all) : clampView(current, limits);
    },
    set,
    zoomBy(factor, anchor) {
      if (!current || !limits) return;
      set(zoomView(current, factor, anchor ?? (current.start + current.end) / 2, limits));
    },
    panBy(share) {
      if (!current || !limits) return;
      set(panView(current, share * width(), limits));
    },
    fit: () => set(fitToActivity(all)),
    whole: () => set(limits),
    showOutside,
    follow(day) {
      if (!current || !limits) return;
      const end = dateSpan(day).end;
      if (end < current.start || end > current.end - 0.05 * width())
        current = clampView({ start: end - 0.8 * width(), end: end + 0.2 * width() }, limits);
    },
  };
}
