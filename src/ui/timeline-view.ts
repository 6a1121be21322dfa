// The timeline: dated interactions on a time axis, coloured by tone so escalation and
// de-escalation show at a glance. Day-precise dates are dots; month- or year-precise ones are
// bands over their whole span. It opens fitted to where the activity is; the wheel, a pinch,
// dragging the axis, the Zoom in / Zoom out / Fit buttons and the keyboard zoom and pan it, and
// the ticks follow (years, months, days). Zoomed in, day marks carry their names, one lane each.
// Hover highlights the relation in the graph, click opens it, dragging across the lanes sets the
// date filter. "As of" and Play (timeline-as-of.ts) sit above the chart; their day is a line.

import { toneName } from '../data/schema';
import {
  datePrecision,
  dateSpan,
  monthTicks,
  type TimeDomain,
  type TimelineItem,
  timelineItems,
  toIsoDay,
} from '../graph/timeline';
import { layoutMarks, type PlacedMark } from '../graph/timeline-layout';
import {
  canZoomIn,
  canZoomOut,
  clampView,
  fitToActivity,
  fullExtent,
  outsideView,
  panView,
  zoomView,
} from '../graph/timeline-scale';
import type { ParleyGraph } from '../graph/types';
import { TONE_COLORS, UNTONED_EDGE_COLOR } from '../render/reducers';
import {
  type AppState,
  hoverEdge,
  type Selection,
  setToneColors,
  updateFilters,
} from '../state/app-state';
import { applyFilters, datePasses, dateWindow, setDateRange } from '../state/filters';
import type { Store } from '../state/store';
import { el } from './dom';
import { mountAsOf } from './timeline-as-of';
import { attachTimelineGestures } from './timeline-gestures';

export type TimelineDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  navigate(selection: Selection): void;
};

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The axis runs along the top, labels above it, so it stays in view when the lanes scroll. */
const AXIS_Y = 20;
/** Pressing above this line (the axis and its labels) pans; below it brushes a date range. */
const AXIS_BAND = AXIS_Y + 6;
const MIN_HEIGHT = 90;
const PAD = 16;
/** Day marks get their names once a day is this wide. */
const LABEL_DAY_PX = 14;
const LABEL_CHAR_PX = 5.6;
const LABEL_MAX_CHARS = 38;
const ZOOM_STEP = 2;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

let instances = 0;

export function mountTimeline(root: HTMLElement, deps: TimelineDeps): () => void {
  const { graph, store } = deps;
  let allItems: TimelineItem[] = [];
  let limits: TimeDomain | null = null;
  let view: TimeDomain | null = null;

  const toneToggle = el('input', {
    attrs: { type: 'checkbox' },
    on: { change: () => store.update(setToneColors(toneToggle.checked)) },
  });
  const zoomButton = (text: string, action: () => void, name?: string) =>
    el('button', {
      className: 'small-button',
      text,
      attrs: { type: 'button', 'aria-label': name, title: name },
      on: {
        click: (event) => {
          if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') return;
          action();
        },
      },
    });
  const zoomIn = zoomButton('+', () => zoomBy(1 / ZOOM_STEP), 'Zoom in');
  const zoomOut = zoomButton('−', () => zoomBy(ZOOM_STEP), 'Zoom out');
  const fit = zoomButton('Fit', () => setView(fitToActivity(allItems)));
  const whole = zoomButton('Whole span', () => setView(limits));
  // the marks off either end: a count, and a way to them
  const earlier = zoomButton('', () => showOutside('before'));
  const later = zoomButton('', () => showOutside('after'));
  const hintId = `timeline-hint-${++instances}`;
  const header = el('div', { className: 'timeline-header' }, [
    el('h2', { text: 'Timeline' }),
    el(
      'div',
      { className: 'zoom-buttons', attrs: { role: 'group', 'aria-label': 'Timeline zoom' } },
      [zoomIn, zoomOut, fit, whole, earlier, later],
    ),
    el('label', { className: 'facet' }, [
      toneToggle,
      el('span', { text: 'Colour relations by tone' }),
    ]),
    el(
      'ul',
      { className: 'tone-key', attrs: { 'aria-label': 'Tone colours' } },
      Object.entries(TONE_COLORS).map(([tone, color]) =>
        el('li', {}, [
          el('span', {
            className: 'swatch',
            attrs: { 'aria-hidden': 'true' },
            style: { background: color },
          }),
          toneName(tone),
        ]),
      ),
    ),
  ]);
  const asOf = mountAsOf({ graph, store });
  const hint = el('p', {
    id: hintId,
    className: 'visually-hidden',
    text: 'Zoom: wheel, pinch, + and −, 0 fits. Pan: drag the axis, ← and →. Drag across the lanes to filter by date.',
  });
  const canvas = el('div', {
    className: 'timeline-canvas',
    // focusable so keyboard users can zoom, pan and scroll the lanes
    attrs: {
      tabindex: 0,
      role: 'group',
      'aria-label': 'Timeline chart',
      'aria-describedby': hintId,
      'aria-keyshortcuts': '+ - 0 ArrowLeft ArrowRight',
    },
  });
  const empty = el('p', { className: 'muted', text: 'No dated relations in this graph.' });
  const section = el('section', { className: 'timeline', attrs: { 'aria-label': 'Timeline' } }, [
    header,
    asOf.element,
    canvas,
    hint,
  ]);
  root.append(section);

  const chart = svg('svg', { role: 'img' });
  canvas.append(chart);
  let width = 0;
  let height = MIN_HEIGHT;
  const span = () => (view ? view.end - view.start : 1);
  const x = (t: number) => PAD + ((t - (view?.start ?? 0)) / span()) * (width - 2 * PAD);
  const time = (px: number) => (view?.start ?? 0) + ((px - PAD) / (width - 2 * PAD)) * span();

  let marks = new Map<string, SVGElement[]>();

  /** What the marks showed when the graph was last read. */
  let drawnSignature = '';
  /** What the marks show, as one string: equal strings draw the same marks. */
  function itemsSignature(): string {
    const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : '');
    return allItems
      .map(
        (i) =>
          `${i.edge}\u0000${i.start}\u0000${i.end}\u0000${i.precision}\u0000${i.approximate}\u0000${i.tone}\u0000${i.kind}\u0000${i.label}\u0000${label(i.source)}\u0000${label(i.target)}`,
      )
      .join('\u0001');
  }

  /** The items, limits and (kept where it still fits) view, from the graph as it is now. */
  function readGraph() {
    allItems = timelineItems(graph);
    limits = fullExtent(allItems);
    view =
      limits === null ? null : view === null ? fitToActivity(allItems) : clampView(view, limits);
  }

  function setView(next: TimeDomain | null) {
    if (!next || !limits) return;
    view = clampView(next, limits);
    scheduleDraw();
  }
  function zoomBy(factor: number, anchor?: number) {
    if (!view || !limits) return;
    setView(zoomView(view, factor, anchor ?? (view.start + view.end) / 2, limits));
  }
  function panBy(fraction: number) {
    if (!view || !limits) return;
    setView(panView(view, fraction * span(), limits));
  }
  function updateZoomButtons() {
    const off = (b: HTMLElement, disabled: boolean) =>
      b.setAttribute('aria-disabled', String(disabled));
    off(zoomIn, !view || !canZoomIn(view));
    off(zoomOut, !view || !limits || !canZoomOut(view, limits));
    off(fit, !view);
    off(whole, !view || !limits || !canZoomOut(view, limits));
  }

  let frame = 0;
  function scheduleDraw() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  }

  /** Every item the non-date filters leave; those the range or "as of" hide are drawn faded. */
  function shownItems(state: AppState): TimelineItem[] {
    const shown = applyFilters(graph, {
      ...state.filters,
      dateFrom: null,
      dateTo: null,
      hideUndated: false,
      asOf: null,
    });
    return allItems.filter((item) => shown.edges.has(item.edge));
  }

  function draw() {
    updateZoomButtons();
    if (!view || !limits) {
      updateOutside(0, 0);
      chart.replaceChildren();
      if (!empty.isConnected) canvas.append(empty);
      return;
    }
    empty.remove();
    width = canvas.clientWidth || 600;
    chart.replaceChildren();
    marks = new Map();
    const state = store.get();
    const { filters } = state;
    const items = shownItems(state);
    const { before, after } = outsideView(items, view);
    chart.setAttribute(
      'aria-label',
      `Timeline of ${items.length} dated relations; showing ${toIsoDay(view.start)} to ${toIsoDay(view.end)}` +
        (before || after ? ` (${before} earlier and ${after} later out of view)` : ''),
    );
    const layout = layoutMarks(items, view, {
      width,
      pad: PAD,
      top: AXIS_Y + 6,
      labelDayPx: LABEL_DAY_PX,
      label: markLabel,
      charPx: LABEL_CHAR_PX,
    });
    height = Math.max(MIN_HEIGHT, layout.bottom + 6);
    chart.setAttribute('width', String(width));
    chart.setAttribute('height', String(height));
    chart.setAttribute('viewBox', `0 0 ${width} ${height}`);

    // the axis band: where a drag pans
    chart.append(svg('rect', { class: 'axis-band', x: 0, y: 0, width, height: AXIS_BAND }));
    // the chosen date range, shaded
    if (filters.dateFrom || filters.dateTo) {
      const x0 = filters.dateFrom ? Math.max(PAD, x(dateSpan(filters.dateFrom).start)) : PAD;
      const x1 = filters.dateTo
        ? Math.min(width - PAD, x(dateSpan(filters.dateTo).end))
        : width - PAD;
      if (x1 > x0)
        chart.append(
          svg('rect', {
            class: 'range',
            x: x0,
            y: AXIS_Y,
            width: Math.max(1, x1 - x0),
            height: height - AXIS_Y,
          }),
        );
    }
    // axis and ticks
    chart.append(svg('line', { class: 'axis', x1: PAD, x2: width - PAD, y1: AXIS_Y, y2: AXIS_Y }));
    for (const tick of monthTicks(view, Math.max(3, Math.floor(width / 90)))) {
      const tx = x(tick.time);
      chart.append(svg('line', { class: 'tick', x1: tx, x2: tx, y1: AXIS_Y - 4, y2: AXIS_Y }));
      const label = svg('text', { class: 'tick-label', x: tx, y: AXIS_Y - 7 });
      label.textContent = tick.label;
      chart.append(label);
    }
    // how many marks lie off either end, so the outliers are never lost
    updateOutside(before, after);

    const rangeWindow = dateWindow(filters, { ignoreAsOf: true });
    const asOfWindow = dateWindow(filters, { ignoreRange: true });
    for (const placed of layout.marks) {
      const date = graph.getEdgeAttribute(placed.item.edge, 'date');
      const classes = [
        datePasses(date, rangeWindow) ? '' : 'out-of-range',
        datePasses(date, asOfWindow) ? '' : 'after-as-of',
      ];
      drawItem(placed, classes.filter(Boolean).join(' '));
    }
    // the "as of" day, as a line at its end
    if (filters.asOf) {
      const ax = x(dateSpan(filters.asOf).end);
      if (ax >= PAD && ax <= width - PAD)
        chart.append(
          svg('line', { class: 'as-of-line', x1: ax, x2: ax, y1: AXIS_Y - 6, y2: height }),
        );
    }
    highlight(state);
  }

  /** The buttons that count the marks off either end; a hidden one hands its focus on. */
  function updateOutside(before: number, after: number) {
    for (const [button, count, text, name] of [
      [earlier, before, `◀ ${before} earlier`, `Show ${before} earlier`],
      [later, after, `${after} later ▶`, `Show ${after} later`],
    ] as const) {
      button.textContent = text;
      button.setAttribute('aria-label', name);
      button.removeAttribute('title');
      if (count === 0 && document.activeElement === button) canvas.focus();
      button.hidden = count === 0;
    }
  }

  /** Moves the view (same width) to the nearest marks off one end. */
  function showOutside(side: 'before' | 'after') {
    if (!view) return;
    const width = view.end - view.start;
    const items = shownItems(store.get());
    if (side === 'before') {
      const nearest = Math.max(...items.filter((i) => i.end < view!.start).map((i) => i.end));
      if (Number.isFinite(nearest))
        setView({ start: nearest - 0.9 * width, end: nearest + 0.1 * width });
    } else {
      const nearest = Math.min(...items.filter((i) => i.start > view!.end).map((i) => i.start));
      if (Number.isFinite(nearest))
        setView({ start: nearest - 0.1 * width, end: nearest + 0.9 * width });
    }
  }

  function markLabel(item: TimelineItem): string {
    const source = graph.getNodeAttribute(item.source, 'label');
    const target = graph.getNodeAttribute(item.target, 'label');
    const text = `${source} ${item.label} ${target}`;
    return text.length > LABEL_MAX_CHARS ? `${text.slice(0, LABEL_MAX_CHARS - 1)}…` : text;
  }

  function drawItem(place: PlacedMark, classes: string) {
    const { item, y, thickness } = place;
    const color = item.tone ? (TONE_COLORS[item.tone] ?? UNTONED_EDGE_COLOR) : UNTONED_EDGE_COLOR;
    const dot = item.precision === 'day' && !item.approximate;
    const mark =
      dot || place.text
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
    // the shape is the mark (what hover, click and tests find); its name, when drawn, is a
    // sibling that answers the pointer the same way
    mark.setAttribute('class', `mark${classes ? ` ${classes}` : ''}`);
    mark.setAttribute('data-edge', item.edge);
    const title = svg('title', {});
    const source = graph.getNodeAttribute(item.source, 'label');
    const target = graph.getNodeAttribute(item.target, 'label');
    const date = graph.getEdgeAttribute(item.edge, 'date') ?? '';
    title.textContent = `${source} ${item.label} ${target} (${date}${item.approximate ? ', approximate' : ''}${datePrecision(date) === 'day' ? '' : `, ${datePrecision(date)} precision`})`;
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
    marks.set(item.edge, drawn);
    chart.append(...drawn);
  }

  function highlight(state: AppState) {
    const active =
      state.hoveredEdge ?? (state.selection?.type === 'relation' ? state.selection.id : null);
    for (const [edge, drawn] of marks)
      for (const node of drawn) node.classList.toggle('active', edge === active);
  }

  const detachGestures = attachTimelineGestures({
    chart,
    keyTarget: canvas,
    axisBand: AXIS_BAND,
    brushTop: AXIS_Y,
    view: () => view,
    limits: () => limits,
    plotWidth: () => width - 2 * PAD,
    height: () => height,
    time,
    setView(next) {
      view = next;
      scheduleDraw();
    },
    zoomBy,
    panBy,
    fit: () => setView(fitToActivity(allItems)),
    hover: (edge) => store.update(hoverEdge(edge)),
    open: (edge) => deps.navigate({ type: 'relation', id: edge }),
    brushed: (from, to) => store.update(updateFilters(setDateRange(toIsoDay(from), toIsoDay(to)))),
  });
  const resize = new ResizeObserver(() => draw());
  resize.observe(canvas);

  /** While Play runs, the timeline follows the as-of line (the graph's camera stays still). */
  function followAsOf(state: AppState) {
    if (!asOf.isPlaying() || !state.filters.asOf || !view || !limits) return;
    const end = dateSpan(state.filters.asOf).end;
    if (end < view.start || end > view.end - 0.05 * span())
      view = clampView({ start: end - 0.8 * span(), end: end + 0.2 * span() }, limits);
  }

  // A change to the graph is drawn after the frame that shows it on the canvas, once for a
  // burst of changes: re-reading every dated relation is the costliest part of a change.
  let graphRedraw: ReturnType<typeof setTimeout> | undefined;
  let graphFrame = 0;
  function redrawGraphSoon() {
    if (graphFrame !== 0 || graphRedraw !== undefined) return;
    // after the next frame is painted: a task queued from the frame's callback runs after it
    graphFrame = requestAnimationFrame(() => {
      graphFrame = 0;
      graphRedraw = setTimeout(() => {
        graphRedraw = undefined;
        readGraph();
        followAsOf(store.get());
        // most changes touch no dated relation (an undated meeting accepted, an alias edited):
        // the marks stay as they are
        const signature = itemsSignature();
        if (signature !== drawnSignature) draw();
        drawnSignature = signature;
      }, 0);
    });
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.toneColors !== previous.toneColors) toneToggle.checked = state.toneColors;
    if (state.graphVersion !== previous.graphVersion) redrawGraphSoon();
    else if (state.filters !== previous.filters) {
      followAsOf(state);
      draw();
    } else if (state.hoveredEdge !== previous.hoveredEdge || state.selection !== previous.selection)
      highlight(state);
  });
  toneToggle.checked = store.get().toneColors;
  readGraph();
  drawnSignature = itemsSignature();
  draw();

  return () => {
    unsubscribe();
    clearTimeout(graphRedraw);
    cancelAnimationFrame(graphFrame);
    if (frame) cancelAnimationFrame(frame);
    asOf.dispose();
    resize.disconnect();
    detachGestures();
    section.remove();
  };
}
