// Where the timeline draws each mark, as plain numbers: three tracks below the axis (day-precise
// dots, then month bands, then thin year-wide bands), each with as many lanes as its overlaps
// need so no mark hides another. Zoomed in far enough, day marks carry their names and take the
// room of their name, so a stack of same-day relations reads as a list. Pure; no DOM.
import { DAY_MS, type TimeDomain, type TimelineItem } from '../../graph/timeline';

/** Lane height and mark thickness per track; `labelled` is the day track zoomed in. */
export const TRACKS = {
  year: { lane: 4, thickness: 3 },
  month: { lane: 5, thickness: 4 },
  day: { lane: 9, thickness: 6 },
  labelled: { lane: 15, thickness: 6 },
} as const;

export type LayoutOptions = {
  /** Chart width in pixels, and the padding at each end of the axis. */
  width: number;
  pad: number;
  /** Where the first lane starts, in pixels from the top. */
  top: number;
  /** Day marks get their names once a day is this many pixels wide. */
  labelDayPx: number;
  /** The name of an item, when drawn; its width is estimated from its length. */
  label(item: TimelineItem): string;
  charPx: number;
};

export type PlacedMark = {
  item: TimelineItem;
  /** Left and right ends in pixels (a dot's centre is x0), and the centre line. */
  x0: number;
  x1: number;
  y: number;
  thickness: number;
  /** The name drawn beside it ('' for none). */
  text: string;
};

export type MarksLayout = { marks: PlacedMark[]; bottom: number; labelled: boolean };

/** Greedy lanes: each item goes in the first lane whose last item ended left of it, opening a
 * new lane when none has room, so no mark ever hides another. */
export function assignLanes(spans: Array<{ x0: number; x1: number }>): number[] {
  const ends: number[] = [];
  return spans.map(({ x0, x1 }) => {
    let lane = ends.findIndex((end) => end + 2 < x0);
    if (lane === -1) lane = ends.push(Number.NEGATIVE_INFINITY) - 1;
    ends[lane] = Math.max(x1, x0 + 9);
    return lane;
  });
}

/** The marks of the items that overlap the view, placed; `bottom` is where the last lane ends. */
export function layoutMarks(
  items: readonly TimelineItem[],
  view: TimeDomain,
  options: LayoutOptions,
): MarksLayout {
  const { width, pad } = options;
  const span = view.end - view.start;
  const x = (t: number) => pad + ((t - view.start) / span) * (width - 2 * pad);
  const inView = items.filter((item) => item.end >= view.start && item.start <= view.end);
  const labelled = (DAY_MS / span) * (width - 2 * pad) >= options.labelDayPx;
  const marks: PlacedMark[] = [];
  let top = options.top;
  for (const precision of ['day', 'month', 'year'] as const) {
    const group = inView.filter((item) => item.precision === precision);
    if (group.length === 0) continue;
    const withLabels = precision === 'day' && labelled;
    const track = TRACKS[withLabels ? 'labelled' : precision];
    const spans = group.map((item) => {
      const x0 = Math.max(pad, x(withLabels ? (item.start + item.end) / 2 : item.start));
      const text = withLabels ? options.label(item) : '';
      const x1 = withLabels
        ? x0 + 8 + text.length * options.charPx
        : Math.min(width - pad, x(item.end));
      return { x0, x1, text };
    });
    const lanes = assignLanes(spans);
    group.forEach((item, i) => {
      const { x0, x1, text } = spans[i]!;
      const y = top + lanes[i]! * track.lane + track.lane / 2;
      marks.push({ item, x0, x1, y, thickness: track.thickness, text });
    });
    top += (Math.max(...lanes) + 1) * track.lane + 4;
  }
  return { marks, bottom: top, labelled };
}
