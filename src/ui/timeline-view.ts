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
/** The axis runs along the top, labels above it, so it stays in view when the lanes scroll. */
const AXIS_Y = 20;
const MIN_HEIGHT = 90;
/** Lane height and mark thickness per date precision. */
const TRACKS = {
  year: { lane: 4, thickness: 3 },
  month: { lane: 5, thickness: 4 },
  day: { lane: 9, thickness: 6 },
} as const;
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
            attrs: { 'aria-hidden': 'true' },
            style: { background: color },
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
  const canvas = el('div', {
    className: 'timeline-canvas',
    // focusable so keyboard users can scroll the lanes when they overflow
    attrs: { tabindex: 0, role: 'group', 'aria-label': 'Timeline lanes' },
  });
  const section = el('section', { className: 'timeline', attrs: { 'aria-label': 'Timeline' } }, [
    header,
    canvas,
  ]);
  root.append(section);

  if (!domain) {
    canvas.append(el('p', { className: 'muted', text: 'No dated relations in this graph.' }));
    return () => section.remove();
  }

  const chart = svg('svg', { role: 'img' });
  canvas.append(chart);
  let width = 0;
  const x = (t: number) =>
    PAD + ((t - domain.start) / (domain.end - domain.start)) * (width - 2 * PAD);
  const time = (px: number) =>
    domain.start + ((px - PAD) / (width - 2 * PAD)) * (domain.end - domain.start);

  let marks = new Map<string, SVGElement>();
  let brush: { x0: number; rect: SVGRectElement } | null = null;

  let height = MIN_HEIGHT;

  function draw() {
    width = canvas.clientWidth || 600;
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

    // three tracks below the axis, each with as many lanes as its overlaps need, so no mark
    // hides another: day-precise dots first, then month bands, then (thin) year-wide bands
    const tracks = (['day', 'month', 'year'] as const).map((precision) => {
      const group = items.filter((item) =>
        precision === 'day' ? item.precision === 'day' : item.precision === precision,
      );
      const spans = group.map((item) => ({ x0: x(item.start), x1: x(item.end) }));
      const lanes = assignLanes(spans);
      const laneCount = group.length ? Math.max(...lanes) + 1 : 0;
      return { group, spans, lanes, laneCount, ...TRACKS[precision] };
    });
    const tracksHeight = tracks.reduce(
      (h, t) => h + t.laneCount * t.lane + (t.laneCount ? 4 : 0),
      0,
    );
    height = Math.max(MIN_HEIGHT, AXIS_Y + tracksHeight + 10);
    chart.setAttribute('width', String(width));
    chart.setAttribute('height', String(height));
    chart.setAttribute('viewBox', `0 0 ${width} ${height}`);

    // the chosen date range, shaded
    if (dateFrom || dateTo) {
      const x0 = dateFrom ? x(dateSpan(dateFrom).start) : PAD;
      const x1 = dateTo ? x(dateSpan(dateTo).end) : width - PAD;
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
    for (const tick of monthTicks(domain!, Math.max(3, Math.floor(width / 110)))) {
      const tx = x(tick.time);
      chart.append(svg('line', { class: 'tick', x1: tx, x2: tx, y1: AXIS_Y - 4, y2: AXIS_Y }));
      const label = svg('text', { class: 'tick-label', x: tx, y: AXIS_Y - 7 });
      label.textContent = tick.label;
      chart.append(label);
    }
    let top = AXIS_Y + 6;
    for (const track of tracks) {
      track.group.forEach((item, i) => {
        drawItem(
          item,
          track.spans[i]!,
          top + track.lanes[i]! * track.lane + track.lane / 2,
          track.thickness,
        );
      });
      top += track.laneCount * track.lane + (track.laneCount ? 4 : 0);
    }
    highlight(state);
  }

  function drawItem(
    item: TimelineItem,
    span: { x0: number; x1: number },
    y: number,
    thickness: number,
  ) {
    const { dateFrom, dateTo } = store.get().filters;
    const color = item.tone ? (TONE_COLORS[item.tone] ?? UNTONED_EDGE_COLOR) : UNTONED_EDGE_COLOR;
    const mark =
      item.precision === 'day' && !item.approximate
        ? svg('circle', { cx: span.x0, cy: y, r: 3.8, fill: color })
        : svg('rect', {
            x: span.x0,
            y: y - thickness / 2,
            width: Math.max(3, span.x1 - span.x0),
            height: thickness,
            rx: thickness / 2,
            fill: color,
            'fill-opacity': 0.55,
            stroke: color,
          });
    mark.setAttribute('class', `mark${itemInRange(item, dateFrom, dateTo) ? '' : ' out-of-range'}`);
    mark.setAttribute('data-edge', item.edge);
    const title = svg('title', {});
    const source = graph.getNodeAttribute(item.source, 'label');
    const target = graph.getNodeAttribute(item.target, 'label');
    title.textContent = `${source} ${item.label} ${target} (${graph.getEdgeAttribute(item.edge, 'date')}${item.approximate ? ', approximate' : ''})`;
    mark.append(title);
    marks.set(item.edge, mark);
    chart.append(mark);
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

  /** A press on the chart: a click when it does not move, a brush across dates when it does. */
  let press: { x0: number; edge: string | null } | null = null;

  const onPointerMove = (event: PointerEvent) => {
    if (!press) {
      store.update(hoverEdge(markAt(event)));
      return;
    }
    const x1 = localX(event);
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
    press = { x0: localX(event), edge: markAt(event) };
    chart.setPointerCapture(event.pointerId);
  };
  const onPointerUp = (event: PointerEvent) => {
    const current = press;
    press = null;
    if (!current) return;
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
