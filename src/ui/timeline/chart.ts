// The timeline's chart: an SVG of the axis and its ticks along the top, the chosen date range
// shaded, one mark per dated relation (dots for days, bands for months and years, faded where the
// range or "as of" hides it) in the lanes layout.ts gives, and the "as of" day as a line. It only
// draws; the panel says what, and gestures.ts turns the pointer into actions.
import { TONE_COLORS, UNTONED_EDGE_COLOR } from '../../graph/edge-style';
import {
  datePrecision,
  dateSpan,
  monthTicks,
  type TimeDomain,
  type TimelineItem,
  toIsoDay,
} from '../../graph/timeline';
import type { ParleyGraph } from '../../graph/types';
import { datePasses, dateWindow, type Filters } from '../../state/filters';
import { layoutMarks, type PlacedMark } from './layout';
import { outsideView } from './scale';

/** The axis runs along the top, labels above it, so it stays in view when the lanes scroll. */
export const AXIS_Y = 20;
/** Pressing above this line (the axis and its labels) pans; below it brushes a date range. */
export const AXIS_BAND = AXIS_Y + 6;
const MIN_HEIGHT = 90;
const PAD = 16;
/** Day marks get their names once a day is this wide. */
const LABEL_DAY_PX = 14;
const LABEL_CHAR_PX = 5.6;
const LABEL_MAX_CHARS = 38;
const SVG_NS = 'http://www.w3.org/2000/svg';

export type ChartFrame = {
  viewport: TimeDomain;
  /** The marks to draw: what the filters leave, the dates aside. */
  items: readonly TimelineItem[];
  filters: Filters;
  /** The relation hovered or selected, drawn active. */
  active: string | null;
};

export type TimelineChart = {
  element: SVGSVGElement;
  /** The width the time axis spans, in pixels. */
  plotWidth(): number;
  height(): number;
  /** The time at a chart x, in the window shown now. */
  time(px: number): number;
  /** Draws a frame; returns how many of its items lie off either end of the window. */
  draw(frame: ChartFrame): { before: number; after: number };
  clear(): void;
  highlight(active: string | null): void;
};

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** "Ana Ruiz spoke by phone with Bo Li (2025-05-22)", with its precision when not a day. */
function markTitle(graph: ParleyGraph, item: TimelineItem): string {
  const source = graph.getNodeAttribute(item.source, 'label');
  const target = graph.getNodeAttribute(item.target, 'label');
  const date = graph.getEdgeAttribute(item.edge, 'date') ?? '';
  const precision = datePrecision(date);
  return `${source} ${item.label} ${target} (${date}${item.approximate ? ', approximate' : ''}${precision === 'day' ? '' : `, ${precision} precision`})`;
}

/** The shape of one mark: a dot for a day (or a named mark), a band for a longer span. */
function markShape(place: PlacedMark): SVGElement {
  const { item, y, thickness } = place;
  const color = item.tone ? (TONE_COLORS[item.tone] ?? UNTONED_EDGE_COLOR) : UNTONED_EDGE_COLOR;
  const dot = item.precision === 'day' && !item.approximate;
  return dot || place.text
    ? svg('circle', { cx: place.x0, cy: y, r: 3.8, fill: color })
    : svg('rect', {
        x: place.x0,
        y: y - thickness / 2,
        width: Math.max(3, place.x1 - place.x0),
        height: thickness,
        rx: thickness / 2,
        fill: color,
        'fill-opacity': 0.55,
        stroke: color,
      });
}

/** What one frame draws into: the SVG, its size and the time → x scale. */
type Scene = { element: SVGSVGElement; width: number; height: number; x(time: number): number };

function markLabel(graph: ParleyGraph, item: TimelineItem): string {
  const source = graph.getNodeAttribute(item.source, 'label');
  const target = graph.getNodeAttribute(item.target, 'label');
  const text = `${source} ${item.label} ${target}`;
  return text.length > LABEL_MAX_CHARS ? `${text.slice(0, LABEL_MAX_CHARS - 1)}…` : text;
}

/** The axis band (where a drag pans), the shaded date range, the axis and its ticks. */
function drawAxis(scene: Scene, viewport: TimeDomain, filters: Filters) {
  const { element, width, height, x } = scene;
  element.append(svg('rect', { class: 'axis-band', x: 0, y: 0, width, height: AXIS_BAND }));
  if (filters.dateFrom || filters.dateTo) {
    const x0 = filters.dateFrom ? Math.max(PAD, x(dateSpan(filters.dateFrom).start)) : PAD;
    const x1 = filters.dateTo
      ? Math.min(width - PAD, x(dateSpan(filters.dateTo).end))
      : width - PAD;
    if (x1 > x0) {
      const range = { class: 'range', x: x0, y: AXIS_Y, width: Math.max(1, x1 - x0) };
      element.append(svg('rect', { ...range, height: height - AXIS_Y }));
    }
  }
  element.append(svg('line', { class: 'axis', x1: PAD, x2: width - PAD, y1: AXIS_Y, y2: AXIS_Y }));
  for (const tick of monthTicks(viewport, Math.max(3, Math.floor(width / 90)))) {
    const tx = x(tick.time);
    element.append(svg('line', { class: 'tick', x1: tx, x2: tx, y1: AXIS_Y - 4, y2: AXIS_Y }));
    const label = svg('text', { class: 'tick-label', x: tx, y: AXIS_Y - 7 });
    label.textContent = tick.label;
    element.append(label);
  }
}

/** One mark and, when it has room, its name: a sibling that answers the pointer the same way. */
function drawMark(scene: Scene, graph: ParleyGraph, place: PlacedMark, classes: string) {
  const { item, y } = place;
  const mark = markShape(place);
  mark.setAttribute('class', `mark${classes ? ` ${classes}` : ''}`);
  mark.setAttribute('data-edge', item.edge);
  const title = svg('title', {});
  title.textContent = markTitle(graph, item);
  mark.append(title);
  const drawn: SVGElement[] = [mark];
  if (place.text) {
    const label = svg('text', {
      class: `mark-label${classes ? ` ${classes}` : ''}`,
      'data-edge': item.edge,
      x: place.x0 + 7,
      y: y + 3.5,
    });
    label.textContent = place.text;
    drawn.push(label);
  }
  scene.element.append(...drawn);
  return drawn;
}

/** The marks (faded where the range or "as of" hides them) and the "as of" line; returns them by relation. */
function drawMarks(
  scene: Scene,
  graph: ParleyGraph,
  placed: readonly PlacedMark[],
  filters: Filters,
): Map<string, SVGElement[]> {
  const marks = new Map<string, SVGElement[]>();
  const rangeWindow = dateWindow(filters, { ignoreAsOf: true });
  const asOfWindow = dateWindow(filters, { ignoreRange: true });
  for (const place of placed) {
    const date = graph.getEdgeAttribute(place.item.edge, 'date');
    const classes = [
      datePasses(date, rangeWindow) ? '' : 'out-of-range',
      datePasses(date, asOfWindow) ? '' : 'after-as-of',
    ];
    marks.set(place.item.edge, drawMark(scene, graph, place, classes.filter(Boolean).join(' ')));
  }
  if (filters.asOf) {
    const ax = scene.x(dateSpan(filters.asOf).end);
    if (ax >= PAD && ax <= scene.width - PAD)
      scene.element.append(
        svg('line', { class: 'as-of-line', x1: ax, x2: ax, y1: AXIS_Y - 6, y2: scene.height }),
      );
  }
  return marks;
}

function chartLabel(
  items: readonly TimelineItem[],
  viewport: TimeDomain,
  before: number,
  after: number,
) {
  const outside = before || after ? ` (${before} earlier and ${after} later out of view)` : '';
  return `Timeline of ${items.length} dated relations; showing ${toIsoDay(viewport.start)} to ${toIsoDay(viewport.end)}${outside}`;
}

/** `shown` is the window shown now (a gesture may have moved it since the last frame drawn). */
export function createTimelineChart(
  canvas: HTMLElement,
  graph: ParleyGraph,
  shown: () => TimeDomain | null,
): TimelineChart {
  const element = svg('svg', { role: 'img' });
  canvas.append(element);
  let width = 0;
  let height = MIN_HEIGHT;
  let marks = new Map<string, SVGElement[]>();

  function draw({ viewport, items, filters, active }: ChartFrame) {
    width = canvas.clientWidth || 600;
    element.style.display = '';
    element.replaceChildren();
    const { before, after } = outsideView(items, viewport);
    element.setAttribute('aria-label', chartLabel(items, viewport, before, after));
    const layout = layoutMarks(items, viewport, {
      width,
      pad: PAD,
      top: AXIS_Y + 6,
      labelDayPx: LABEL_DAY_PX,
      label: (item) => markLabel(graph, item),
      charPx: LABEL_CHAR_PX,
    });
    height = Math.max(MIN_HEIGHT, layout.bottom + 6);
    element.setAttribute('width', String(width));
    element.setAttribute('height', String(height));
    element.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const span = viewport.end - viewport.start;
    const x = (t: number) => PAD + ((t - viewport.start) / span) * (width - 2 * PAD);
    const scene = { element, width, height, x };
    drawAxis(scene, viewport, filters);
    marks = drawMarks(scene, graph, layout.marks, filters);
    highlight(active);
    return { before, after };
  }

  function highlight(active: string | null) {
    for (const [edge, drawn] of marks)
      for (const node of drawn) node.classList.toggle('active', edge === active);
  }

  return {
    element,
    plotWidth: () => width - 2 * PAD,
    height: () => height,
    time(px) {
      const { start, end } = shown() ?? { start: 0, end: 1 };
      return start + ((px - PAD) / (width - 2 * PAD)) * (end - start);
    },
    draw,
    clear() {
      // an empty chart takes no room: the empty state below it shows without scrolling
      element.style.display = 'none';
      element.replaceChildren();
      marks = new Map();
    },
    highlight,
  };
}
