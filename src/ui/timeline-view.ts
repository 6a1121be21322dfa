// The timeline: dated interactions on a time axis, coloured by tone so escalation and
// de-escalation show at a glance. Day-precise dates are dots; month- or year-precise ones are
// bands over their whole span. Hover highlights the relation in the graph, click opens it, and
// dragging across the axis sets the date filter.

import {
  monthTicks,
  type TimelineItem,
  timelineDomain,
  timelineItems,
  toIsoDay,
} from '../graph/timeline';
import type { ParleyGraph } from '../graph/types';
import { TONE_COLORS, UNTONED_EDGE_COLOR } from '../render/reducers';
import {
  type AppState,
  hoverEdge,
  type Selection,
  setToneColors,
  updateFilters,
} from '../state/app-state';
import { applyFilters, dateSpan, setDateRange } from '../state/filters';
import type { Store } from '../state/store';
import { el } from './dom';

export type TimelineDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  navigate(selection: Selection): void;
};

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEIGHT = 112;
const AXIS_Y = 92;
const LANE_HEIGHT = 11;
const LANES = 7;
const PAD = 16;
const MIN_BRUSH_PX = 5;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Greedy lanes: each item goes in the first lane whose last item ended left of it. */
export function assignLanes(spans: Array<{ x0: number; x1: number }>, lanes: number): number[] {
  const ends: number[] = Array(lanes).fill(Number.NEGATIVE_INFINITY);
  return spans.map(({ x0, x1 }) => {
    let lane = ends.findIndex((end) => end + 2 < x0);
    if (lane === -1) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(x1, x0 + 8);
    return lane;
  });
}

export function mountTimeline(root: HTMLElement, deps: TimelineDeps): () => void {
  const { graph, store } = deps;
  const allItems = timelineItems(graph);
  const domain = timelineDomain(allItems);

  const toneToggle = el('input', {
    attrs: { type: 'checkbox' },
    on: { change: () => store.update(setToneColors(toneToggle.checked)) },
  });
  const header = el('div', { className: 'timeline-header' }, [
    el('h2', { text: 'Timeline' }),
    el(
      'ul',
      { className: 'tone-key', attrs: { 'aria-label': 'Tone colours' } },
      Object.entries(TONE_COLORS).map(([tone, color]) =>
        el('li', {}, [
          el('span', {
            className: 'swatch',
            attrs: { 'aria-hidden': 'true', style: `background:${color}` },
          }),
          tone.replace('-', ' '),
        ]),
      ),
    ),
    el('label', { className: 'facet' }, [
      toneToggle,
      el('span', { text: 'Colour relations by tone' }),
    ]),
  ]);
  const canvas = el('div', { className: 'timeline-canvas' });
  const section = el('section', { className: 'timeline', attrs: { 'aria-label': 'Timeline' } }, [
    header,
    canvas,
  ]);
  root.append(section);

  if (!domain) {
    canvas.append(el('p', { className: 'muted', text: 'No dated relations in this graph.' }));
    return () => section.remove();
  }

  const chart = svg('svg', { height: HEIGHT, role: 'img' });
  canvas.append(chart);
  let width = 0;
  const x = (t: number) =>
    PAD + ((t - domain.start) / (domain.end - domain.start)) * (width - 2 * PAD);
  const time = (px: number) =>
    domain.start + ((px - PAD) / (width - 2 * PAD)) * (domain.end - domain.start);

  let marks = new Map<string, SVGElement>();
  let brush: { x0: number; rect: SVGRectElement } | null = null;

  function draw() {
    width = canvas.clientWidth || 600;
    chart.setAttribute('width', String(width));
    chart.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    chart.replaceChildren();
    marks = new Map();
    const state = store.get();
    const { dateFrom, dateTo } = state.filters;
    const shown = applyFilters(graph, {
      ...state.filters,
      dateFrom: null,
      dateTo: null,
      hideUndated: false,
    });
    const items = allItems.filter((item) => shown.edges.has(item.edge));
    chart.setAttribute(
      'aria-label',
      `Timeline of ${items.length} dated relations from ${toIsoDay(domain!.start)} to ${toIsoDay(domain!.end)}`,
    );

    // the chosen date range, shaded
    if (dateFrom || dateTo) {
      const x0 = dateFrom ? x(dateSpan(dateFrom).start) : PAD;
      const x1 = dateTo ? x(dateSpan(dateTo).end) : width - PAD;
      chart.append(
        svg('rect', { class: 'range', x: x0, y: 0, width: Math.max(1, x1 - x0), height: AXIS_Y }),
      );
    }
    // axis and ticks
    chart.append(svg('line', { class: 'axis', x1: PAD, x2: width - PAD, y1: AXIS_Y, y2: AXIS_Y }));
    for (const tick of monthTicks(domain!, Math.max(3, Math.floor(width / 110)))) {
      const tx = x(tick.time);
      chart.append(svg('line', { class: 'tick', x1: tx, x2: tx, y1: AXIS_Y, y2: AXIS_Y + 4 }));
      const label = svg('text', { class: 'tick-label', x: tx, y: AXIS_Y + 15 });
      label.textContent = tick.label;
      chart.append(label);
    }
    // the interactions
    const spans = items.map((item) => ({ x0: x(item.start), x1: x(item.end) }));
    const lanes = assignLanes(spans, LANES);
    items.forEach((item, i) => {
      const { x0, x1 } = spans[i]!;
      const y = AXIS_Y - 8 - lanes[i]! * LANE_HEIGHT;
      const color = item.tone ? (TONE_COLORS[item.tone] ?? UNTONED_EDGE_COLOR) : UNTONED_EDGE_COLOR;
      const inRange = itemInRange(item, dateFrom, dateTo);
      const mark =
        item.precision === 'day' && !item.approximate
          ? svg('circle', { cx: x0, cy: y, r: 4.5, fill: color })
          : svg('rect', {
              x: x0,
              y: y - 3.5,
              width: Math.max(3, x1 - x0),
              height: 7,
              rx: 3.5,
              fill: color,
              'fill-opacity': 0.55,
              stroke: color,
            });
      mark.setAttribute('class', `mark${inRange ? '' : ' out-of-range'}`);
      mark.setAttribute('data-edge', item.edge);
      const title = svg('title', {});
      const source = graph.getNodeAttribute(item.source, 'label');
      const target = graph.getNodeAttribute(item.target, 'label');
      title.textContent = `${source} ${item.label} ${target} (${graph.getEdgeAttribute(item.edge, 'date')}${item.approximate ? ', approximate' : ''})`;
      mark.append(title);
      marks.set(item.edge, mark);
      chart.append(mark);
    });
    highlight(state);
  }

  function itemInRange(item: TimelineItem, from: string | null, to: string | null): boolean {
    return (!from || item.end >= dateSpan(from).start) && (!to || item.start <= dateSpan(to).end);
  }

  function highlight(state: AppState) {
    const active =
      state.hoveredEdge ?? (state.selection?.type === 'relation' ? state.selection.id : null);
    for (const [edge, mark] of marks) mark.classList.toggle('active', edge === active);
  }

  function markAt(event: Event): string | null {
    const target = event.target as Element | null;
    return target?.closest?.('[data-edge]')?.getAttribute('data-edge') ?? null;
  }

  function localX(event: PointerEvent) {
    return event.clientX - chart.getBoundingClientRect().left;
  }

  const onPointerMove = (event: PointerEvent) => {
    if (brush) {
      const x1 = localX(event);
      brush.rect.setAttribute('x', String(Math.min(brush.x0, x1)));
      brush.rect.setAttribute('width', String(Math.abs(x1 - brush.x0)));
      return;
    }
    store.update(hoverEdge(markAt(event)));
  };
  const onPointerLeave = () => {
    if (!brush) store.update(hoverEdge(null));
  };
  const onPointerDown = (event: PointerEvent) => {
    if (markAt(event)) return;
    const x0 = localX(event);
    const rect = svg('rect', { class: 'brush', x: x0, y: 0, width: 0, height: AXIS_Y });
    chart.append(rect);
    brush = { x0, rect };
    chart.setPointerCapture(event.pointerId);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!brush) {
      const edge = markAt(event);
      if (edge) deps.navigate({ type: 'relation', id: edge });
      return;
    }
    const x1 = localX(event);
    const { x0 } = brush;
    brush.rect.remove();
    brush = null;
    if (Math.abs(x1 - x0) < MIN_BRUSH_PX) return;
    const from = toIsoDay(time(Math.min(x0, x1)));
    const to = toIsoDay(time(Math.max(x0, x1)));
    store.update(updateFilters(setDateRange(from, to)));
  };

  chart.addEventListener('pointermove', onPointerMove);
  chart.addEventListener('pointerleave', onPointerLeave);
  chart.addEventListener('pointerdown', onPointerDown);
  chart.addEventListener('pointerup', onPointerUp);
  const resize = new ResizeObserver(() => draw());
  resize.observe(canvas);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.toneColors !== previous.toneColors) toneToggle.checked = state.toneColors;
    if (state.filters !== previous.filters) draw();
    else if (state.hoveredEdge !== previous.hoveredEdge || state.selection !== previous.selection)
      highlight(state);
  });
  toneToggle.checked = store.get().toneColors;
  draw();

  return () => {
    unsubscribe();
    resize.disconnect();
    chart.removeEventListener('pointermove', onPointerMove);
    chart.removeEventListener('pointerleave', onPointerLeave);
    chart.removeEventListener('pointerdown', onPointerDown);
    chart.removeEventListener('pointerup', onPointerUp);
    section.remove();
  };
}
