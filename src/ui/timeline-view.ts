// The timeline: dated interactions on a time axis, coloured by tone so escalation and
// de-escalation show at a glance. Day-precise dates are dots; month- or year-precise ones are
// bands over their whole span. It opens fitted to where the activity is; the wheel, a pinch,
// dragging the axis, the Zoom in / Zoom out / Fit buttons and the keyboard zoom and pan it, and
// the ticks follow (years, months, days). Zoomed in, day marks carry their names, one lane each.
// Hover highlights the relation in the graph, click opens it, dragging across the lanes sets the
// date filter. "As of" and Play (timeline-as-of.ts) sit above the chart; their day is a line.

import {
  datePrecision,
  monthTicks,
  type TimeDomain,
  type TimelineItem,
  timelineItems,
  toIsoDay,
} from '../graph/timeline';
import {
  canZoomIn,
  canZoomOut,
  clampView,
  DAY_MS,
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
import { applyFilters, datePasses, dateSpan, dateWindow, setDateRange } from '../state/filters';
import type { Store } from '../state/store';
import { el } from './dom';
import { mountAsOf } from './timeline-as-of';

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
/** Lane height and mark thickness per date precision; `labelled` is the day track zoomed in. */
const TRACKS = {
  year: { lane: 4, thickness: 3 },
  month: { lane: 5, thickness: 4 },
  day: { lane: 9, thickness: 6 },
  labelled: { lane: 15, thickness: 6 },
} as const;
const PAD = 16;
const MIN_BRUSH_PX = 5;
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
  const hintId = `timeline-hint-${Math.random().toString(36).slice(2, 8)}`;
  const header = el('div', { className: 'timeline-header' }, [
    el('h2', { text: 'Timeline' }),
    el(
      'div',
      { className: 'zoom-buttons', attrs: { role: 'group', 'aria-label': 'Timeline zoom' } },
      [zoomIn, zoomOut, fit, whole],
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
          tone.replace('-', ' '),
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
  let brush: { x0: number; rect: SVGRectElement } | null = null;

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

  function draw() {
    updateZoomButtons();
    if (!view || !limits) {
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
    // every item the non-date filters leave; those the range or "as of" hide are drawn faded
    const shown = applyFilters(graph, {
      ...filters,
      dateFrom: null,
      dateTo: null,
      hideUndated: false,
      asOf: null,
    });
    const items = allItems.filter((item) => shown.edges.has(item.edge));
    const inView = items.filter((item) => item.end >= view!.start && item.start <= view!.end);
    const { before, after } = outsideView(items, view);
    chart.setAttribute(
      'aria-label',
      `Timeline of ${items.length} dated relations; showing ${toIsoDay(view.start)} to ${toIsoDay(view.end)}` +
        (before || after ? ` (${before} earlier and ${after} later out of view)` : ''),
    );
    const dayPx = (DAY_MS / span()) * (width - 2 * PAD);
    const labelled = dayPx >= LABEL_DAY_PX;

    // three tracks below the axis, each with as many lanes as its overlaps need, so no mark
    // hides another: day-precise dots first (with their names when zoomed in), then month
    // bands, then (thin) year-wide bands
    const tracks = (['day', 'month', 'year'] as const).map((precision) => {
      const group = inView.filter((item) => item.precision === precision);
      const withLabels = precision === 'day' && labelled;
      const spans = group.map((item) => {
        const x0 = Math.max(PAD, x(withLabels ? (item.start + item.end) / 2 : item.start));
        const x1 = Math.min(width - PAD, x(item.end));
        const text = withLabels ? markLabel(item) : '';
        return { x0, x1: withLabels ? x0 + 8 + text.length * LABEL_CHAR_PX : x1, text };
      });
      const lanes = assignLanes(spans);
      const laneCount = group.length ? Math.max(...lanes) + 1 : 0;
      return {
        group,
        spans,
        lanes,
        laneCount,
        withLabels,
        ...TRACKS[withLabels ? 'labelled' : precision],
      };
    });
    const tracksHeight = tracks.reduce(
      (h, t) => h + t.laneCount * t.lane + (t.laneCount ? 4 : 0),
      0,
    );
    height = Math.max(MIN_HEIGHT, AXIS_Y + tracksHeight + 10);
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
    if (before) chart.append(edgeNote(`◀ ${before} earlier`, PAD, 'start'));
    if (after) chart.append(edgeNote(`${after} later ▶`, width - PAD, 'end'));

    const rangeWindow = dateWindow(filters, { ignoreAsOf: true });
    const asOfWindow = dateWindow(filters, { ignoreRange: true });
    let top = AXIS_Y + 6;
    for (const track of tracks) {
      track.group.forEach((item, i) => {
        const y = top + track.lanes[i]! * track.lane + track.lane / 2;
        const date = graph.getEdgeAttribute(item.edge, 'date');
        const classes = [
          datePasses(date, rangeWindow) ? '' : 'out-of-range',
          datePasses(date, asOfWindow) ? '' : 'after-as-of',
        ];
        drawItem(item, track.spans[i]!, y, track.thickness, classes.filter(Boolean).join(' '));
      });
      top += track.laneCount * track.lane + (track.laneCount ? 4 : 0);
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

  function edgeNote(text: string, at: number, anchor: 'start' | 'end') {
    const note = svg('text', { class: 'edge-note', x: at, y: height - 4, 'text-anchor': anchor });
    note.textContent = text;
    return note;
  }

  function markLabel(item: TimelineItem): string {
    const source = graph.getNodeAttribute(item.source, 'label');
    const target = graph.getNodeAttribute(item.target, 'label');
    const text = `${source} ${item.label} ${target}`;
    return text.length > LABEL_MAX_CHARS ? `${text.slice(0, LABEL_MAX_CHARS - 1)}…` : text;
  }

  function drawItem(
    item: TimelineItem,
    place: { x0: number; x1: number; text: string },
    y: number,
    thickness: number,
    classes: string,
  ) {
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

  function markAt(event: Event): string | null {
    const target = event.target as Element | null;
    return target?.closest?.('[data-edge]')?.getAttribute('data-edge') ?? null;
  }

  const localX = (event: PointerEvent | WheelEvent) =>
    event.clientX - chart.getBoundingClientRect().left;
  const localY = (event: PointerEvent) => event.clientY - chart.getBoundingClientRect().top;

  /** A press on the chart: a click when it does not move, a brush across dates when it does, a
   * pan when it started on the axis; two touching fingers pinch. */
  let press: { x0: number; edge: string | null; pan: TimeDomain | null } | null = null;
  const pointers = new Map<number, number>();
  let pinch: { distance: number; view: TimeDomain; anchor: number } | null = null;

  const onPointerMove = (event: PointerEvent) => {
    if (pointers.has(event.pointerId)) pointers.set(event.pointerId, localX(event));
    if (pinch && pointers.size === 2 && limits) {
      const [a, b] = [...pointers.values()] as [number, number];
      const distance = Math.max(10, Math.abs(a - b));
      view = zoomView(pinch.view, pinch.distance / distance, pinch.anchor, limits);
      scheduleDraw();
      return;
    }
    if (!press) {
      store.update(hoverEdge(markAt(event)));
      return;
    }
    const x1 = localX(event);
    if (press.pan && limits) {
      const shift = ((press.x0 - x1) / (width - 2 * PAD)) * (press.pan.end - press.pan.start);
      view = panView(press.pan, shift, limits);
      scheduleDraw();
      return;
    }
    if (!brush && Math.abs(x1 - press.x0) >= MIN_BRUSH_PX) {
      brush = {
        x0: press.x0,
        rect: svg('rect', {
          class: 'brush',
          x: press.x0,
          y: AXIS_Y,
          width: 0,
          height: height - AXIS_Y,
        }),
      };
      chart.append(brush.rect);
    }
    if (brush) {
      brush.rect.setAttribute('x', String(Math.min(brush.x0, x1)));
      brush.rect.setAttribute('width', String(Math.abs(x1 - brush.x0)));
    }
  };
  const onPointerLeave = () => {
    if (!press) store.update(hoverEdge(null));
  };
  const onPointerDown = (event: PointerEvent) => {
    pointers.set(event.pointerId, localX(event));
    chart.setPointerCapture(event.pointerId);
    if (pointers.size === 2 && view) {
      // a second finger: the press becomes a pinch
      const [a, b] = [...pointers.values()] as [number, number];
      pinch = { distance: Math.max(10, Math.abs(a - b)), view, anchor: time((a + b) / 2) };
      brush?.rect.remove();
      brush = null;
      press = null;
      return;
    }
    const onAxis = localY(event) <= AXIS_BAND;
    press = { x0: localX(event), edge: markAt(event), pan: onAxis ? view : null };
  };
  const onPointerUp = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pinch) {
      if (pointers.size < 2) pinch = null;
      return;
    }
    const current = press;
    press = null;
    if (!current || current.pan) return;
    if (!brush) {
      if (current.edge) deps.navigate({ type: 'relation', id: current.edge });
      return;
    }
    const x1 = localX(event);
    brush.rect.remove();
    brush = null;
    const from = toIsoDay(time(Math.min(current.x0, x1)));
    const to = toIsoDay(time(Math.max(current.x0, x1)));
    store.update(updateFilters(setDateRange(from, to)));
  };
  const onPointerCancel = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    pinch = null;
    press = null;
    brush?.rect.remove();
    brush = null;
  };
  const onWheel = (event: WheelEvent) => {
    if (!view || !limits) return;
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? width : 1;
    if (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey) {
      const delta = (event.shiftKey && !event.deltaX ? event.deltaY : event.deltaX) * pixels;
      setView(panView(view, (delta / (width - 2 * PAD)) * span(), limits));
    } else {
      // a trackpad pinch arrives as a wheel with ctrlKey and small deltas
      const factor = Math.exp(event.deltaY * pixels * (event.ctrlKey ? 0.01 : 0.002));
      setView(zoomView(view, factor, time(localX(event)), limits));
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== canvas || event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      '+': () => zoomBy(1 / ZOOM_STEP),
      '=': () => zoomBy(1 / ZOOM_STEP),
      '-': () => zoomBy(ZOOM_STEP),
      _: () => zoomBy(ZOOM_STEP),
      '0': () => setView(fitToActivity(allItems)),
      ArrowLeft: () => panBy(event.shiftKey ? -0.5 : -0.1),
      ArrowRight: () => panBy(event.shiftKey ? 0.5 : 0.1),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  chart.addEventListener('pointermove', onPointerMove);
  chart.addEventListener('pointerleave', onPointerLeave);
  chart.addEventListener('pointerdown', onPointerDown);
  chart.addEventListener('pointerup', onPointerUp);
  chart.addEventListener('pointercancel', onPointerCancel);
  chart.addEventListener('wheel', onWheel, { passive: false });
  canvas.addEventListener('keydown', onKeyDown);
  const resize = new ResizeObserver(() => draw());
  resize.observe(canvas);

  /** While Play runs, the timeline follows the as-of line (the graph's camera stays still). */
  function followAsOf(state: AppState) {
    if (!asOf.isPlaying() || !state.filters.asOf || !view || !limits) return;
    const end = dateSpan(state.filters.asOf).end;
    if (end < view.start || end > view.end - 0.05 * span())
      view = clampView({ start: end - 0.8 * span(), end: end + 0.2 * span() }, limits);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.toneColors !== previous.toneColors) toneToggle.checked = state.toneColors;
    const graphChanged = state.graphVersion !== previous.graphVersion;
    if (graphChanged) readGraph();
    if (graphChanged || state.filters !== previous.filters) {
      followAsOf(state);
      draw();
    } else if (state.hoveredEdge !== previous.hoveredEdge || state.selection !== previous.selection)
      highlight(state);
  });
  toneToggle.checked = store.get().toneColors;
  readGraph();
  draw();

  return () => {
    unsubscribe();
    if (frame) cancelAnimationFrame(frame);
    asOf.dispose();
    resize.disconnect();
    chart.removeEventListener('pointermove', onPointerMove);
    chart.removeEventListener('pointerleave', onPointerLeave);
    chart.removeEventListener('pointerdown', onPointerDown);
    chart.removeEventListener('pointerup', onPointerUp);
    chart.removeEventListener('pointercancel', onPointerCancel);
    chart.removeEventListener('wheel', onWheel);
    canvas.removeEventListener('keydown', onKeyDown);
    section.remove();
  };
}
