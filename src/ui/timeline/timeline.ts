// The timeline: dated interactions on a time axis, coloured by tone so escalation and
// de-escalation show at a glance. Day-precise dates are dots; month- or year-precise ones are
// bands over their whole span. It opens fitted to where the activity is; the wheel, a pinch,
// dragging the axis, the Zoom in / Zoom out / Fit buttons and the keyboard zoom and pan it, and
// the ticks follow (years, months, days). Zoomed in, day marks carry their names, one lane each.
// Hover highlights the relation in the graph, click opens it, dragging across the lanes sets the
// date filter. "As of" and Play (as-of.ts) sit above the chart; their day is a line.
//
// The panel is built once from its parts (header.ts, as-of.ts, chart.ts, gestures.ts, with the
// window in viewport.ts) and reads what it draws from the derived view.
import { toIsoDay } from '../../graph/timeline';
import type { ParleyGraph } from '../../graph/types';
import {
  type AppState,
  hoverEdge,
  type Selection,
  setToneColors,
  updateFilters,
} from '../../state/app-state';
import type { DerivedView } from '../../state/derive-view';
import { setDateRange } from '../../state/filters';
import type { Store } from '../../state/store';
import { el } from '../dom';
import { mountAsOf } from './as-of';
import { AXIS_BAND, AXIS_Y, createTimelineChart, type TimelineChart } from './chart';
import { attachTimelineGestures } from './gestures';
import { createTimelineHeader } from './header';
import { createViewport, type Viewport } from './viewport';

export type TimelineDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  navigate(selection: Selection): void;
  deriveView(state: AppState): DerivedView;
};

const ZOOM_STEP = 2;
let instances = 0;

/** The relation drawn active: the one hovered, else the selected one. */
const activeRelation = (state: AppState) =>
  state.hoveredEdge ?? (state.selection?.type === 'relation' ? state.selection.id : null);

/** What the marks show, as one string: equal strings draw the same marks. */
function marksSignature(graph: ParleyGraph, view: DerivedView): string {
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : '');
  return view.timeline.all
    .map(
      (i) =>
        `${i.edge}\u0000${i.start}\u0000${i.end}\u0000${i.precision}\u0000${i.approximate}\u0000${i.tone}\u0000${i.kind}\u0000${i.label}\u0000${label(i.source)}\u0000${label(i.target)}`,
    )
    .join('\u0001');
}

/** The focusable chart area, its keyboard hint and the empty state. */
function createCanvas() {
  const hintId = `timeline-hint-${++instances}`;
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
  return { canvas, hint, empty };
}

/** The header's buttons act on the window of time and the store. */
function headerFor(viewport: Viewport, { store, deriveView }: TimelineDeps) {
  return createTimelineHeader({
    zoomIn: () => viewport.zoomBy(1 / ZOOM_STEP),
    zoomOut: () => viewport.zoomBy(ZOOM_STEP),
    fit: viewport.fit,
    whole: viewport.whole,
    showOutside: (side) => viewport.showOutside(side, deriveView(store.get()).timeline.shown),
    toneColors: (on) => store.update(setToneColors(on)),
  });
}

type TimelineParts = {
  viewport: Viewport;
  header: ReturnType<typeof headerFor>;
  chart: TimelineChart;
  canvas: HTMLElement;
  empty: HTMLElement;
};

/** Draws the marks in the window of time, or the empty state when nothing is dated. */
function drawTimeline(parts: TimelineParts, { store, deriveView }: TimelineDeps) {
  const { viewport, header, chart, canvas, empty } = parts;
  const current = viewport.current();
  header.updateZoom(current, viewport.limits());
  if (!current) {
    header.updateOutside(0, 0, canvas);
    chart.clear();
    if (!empty.isConnected) canvas.append(empty);
    return;
  }
  empty.remove();
  const state = store.get();
  const items = deriveView(state).timeline.shown;
  const frame = {
    viewport: current,
    items,
    filters: state.filters,
    active: activeRelation(state),
  };
  const { before, after } = chart.draw(frame);
  // how many marks lie off either end, so the outliers are never lost
  header.updateOutside(before, after, canvas);
}

export function mountTimeline(root: HTMLElement, deps: TimelineDeps): () => void {
  const { graph, store } = deps;
  const { deriveView } = deps;
  const drawSoon = frameScheduler(() => draw());
  const viewport = createViewport(drawSoon.schedule);
  const header = headerFor(viewport, deps);
  const asOf = mountAsOf({ store, deriveView });
  const { canvas, hint, empty } = createCanvas();
  const chart = createTimelineChart(canvas, graph, viewport.current);
  const section = el('section', { className: 'timeline', attrs: { 'aria-label': 'Timeline' } }, [
    header.element,
    asOf.element,
    canvas,
    hint,
  ]);
  root.append(section);

  function draw() {
    drawTimeline({ viewport, header, chart, canvas, empty }, deps);
  }

  const detachGestures = attachGestures(chart, canvas, viewport, store, deps.navigate);
  const resize = new ResizeObserver(() => draw());
  resize.observe(canvas);
  /** What the marks showed when the graph was last read. */
  let drawnSignature = '';
  const graphFollower = followGraph(() => {
    const state = store.get();
    viewport.setItems(deriveView(state).timeline.all);
    followAsOf(state);
    // most changes touch no dated relation (an undated meeting accepted, an alias edited): the
    // marks stay as they are
    const signature = marksSignature(graph, deriveView(state));
    if (signature !== drawnSignature) draw();
    drawnSignature = signature;
  });

  /** While Play runs, the timeline follows the as-of line (the graph's camera stays still). */
  function followAsOf(state: AppState) {
    if (asOf.isPlaying() && state.filters.asOf) viewport.follow(state.filters.asOf);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.toneColors !== previous.toneColors) header.setToneColors(state.toneColors);
    if (state.graphVersion !== previous.graphVersion) graphFollower.soon();
    else if (state.filters !== previous.filters) {
      followAsOf(state);
      draw();
    } else if (state.hoveredEdge !== previous.hoveredEdge || state.selection !== previous.selection)
      chart.highlight(activeRelation(state));
  });
  header.setToneColors(store.get().toneColors);
  viewport.setItems(deriveView(store.get()).timeline.all);
  drawnSignature = marksSignature(graph, deriveView(store.get()));
  draw();

  return () => {
    unsubscribe();
    graphFollower.cancel();
    drawSoon.cancel();
    asOf.dispose();
    resize.disconnect();
    detachGestures();
    section.remove();
  };
}

/**
 * A change to the graph is drawn after the frame that shows it on the canvas, once for a burst
 * of changes: re-reading every dated relation is the costliest part of a change.
 */
function followGraph(redraw: () => void): { soon(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  return {
    soon() {
      if (frame !== 0 || timer !== undefined) return;
      // after the next frame is painted: a task queued from the frame's callback runs after it
      frame = requestAnimationFrame(() => {
        frame = 0;
        timer = setTimeout(() => {
          timer = undefined;
          redraw();
        }, 0);
      });
    },
    cancel() {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    },
  };
}

/** Runs `task` once in the next animation frame, however often it is asked for before then. */
function frameScheduler(task: () => void): { schedule(): void; cancel(): void } {
  let frame = 0;
  return {
    schedule() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        task();
      });
    },
    cancel() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}

/** The chart's gestures, wired to the viewport and the store. */
function attachGestures(
  chart: TimelineChart,
  canvas: HTMLElement,
  viewport: Viewport,
  store: Store<AppState>,
  navigate: (selection: Selection) => void,
): () => void {
  return attachTimelineGestures({
    chart: chart.element,
    keyTarget: canvas,
    axisBand: AXIS_BAND,
    brushTop: AXIS_Y,
    viewport: viewport.current,
    limits: viewport.limits,
    plotWidth: chart.plotWidth,
    height: chart.height,
    time: chart.time,
    setViewport: viewport.set,
    zoomBy: (factor) => viewport.zoomBy(factor),
    panBy: viewport.panBy,
    fit: viewport.fit,
    hover: (edge) => store.update(hoverEdge(edge)),
    open: (edge) => navigate({ type: 'relation', id: edge }),
    brushed: (from, to) => store.update(updateFilters(setDateRange(toIsoDay(from), toIsoDay(to)))),
  });
}
