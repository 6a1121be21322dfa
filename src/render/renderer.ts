// sigma.js setup and teardown: settings, edge programs, reducers wired to the store, camera
// moves. Everything it starts, dispose() stops.

import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Sigma from 'sigma';
import {
  createEdgeCompoundProgram,
  drawDiscNodeLabel,
  EdgeArrowHeadProgram,
  EdgeClampedProgram,
  EdgeLineProgram,
  type EdgeProgramType,
  EdgeRectangleProgram,
  NodeCircleProgram,
} from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { type AppState, hoverEdge, hoverNode } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import { isDefaultFilters } from '../state/filters';
import type { Store } from '../state/store';
import { moveCamera } from './camera-motion';
import { type FadeState, withFade } from './fade-programs';
import { createHeldSigma } from './held-sigma';
import { changedByHighlight, computeHighlight, type Highlight, NO_HIGHLIGHT } from './highlight';
import { mountHighlightOverlay } from './highlight-overlay';
import { quietHoverLayer } from './hover-layer';
import { labelFontOf, labelInStage, type NameBox, nameBox } from './label-fit';
import { compiledOnFirstItem } from './lazy-programs';
import { followOpeningSize, WHOLE_IN_VIEW_UP_TO, wholeGraphCamera } from './opening-camera';
import { parallelEdgeCurvatures } from './parallel-edges';
import { deferPicking, type Picking } from './picking';
import {
  FADED_EDGE_COLOR,
  FADED_NODE_COLOR,
  type ReducerContext,
  reduceEdge,
  reduceNode,
  THIN_EDGES_ABOVE,
} from './reducers';
import { createReviewCamera } from './review-camera';
import {
  highlightOnOverlay,
  LABEL_DENSITY,
  LABEL_THRESHOLD,
  labelSettings,
  settingsForSize,
} from './size-settings';

type ParleySettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;
type ParleyEdgeProgram = EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const DEFAULT_RENDER_SETTINGS: Partial<ParleySettings> = {
  // labels: the biggest names show at first sight, the rest on zoom
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 13,
  labelWeight: '600',
  labelColor: { color: '#1b2430' },
  labelDensity: LABEL_DENSITY,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: LABEL_THRESHOLD,
  // edges
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  edgeLabelSize: 12,
  edgeLabelColor: { color: '#1b2430' },
  defaultEdgeType: 'line',
  // camera and drawing
  zIndex: true,
  stagePadding: 40,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
  allowInvalidContainer: true,
};

/** How many names' widths the labels canvas keeps measured (a big graph's, zoomed through). */
const MEASURED_NAMES_KEPT = 20_000;

/** Up to this many nodes and edges together, a new highlight re-orders the items by zIndex. */
const REORDER_ON_HIGHLIGHT_MAX = 60_000;

/**
 * The programs of one renderer, all fading by `fade` what is outside the highlight. A program
 * is compiled (twice, with picking) when it is first given an item to draw, which in software
 * WebGL is much of a small graph's first frame: the node program at once, the others when the
 * graph holds their items (curves for parallel relations, arrows for directed ones, the hovered
 * nodes' program on the first hover). Above THIN_EDGES_ABOVE every edge is one thin line.
 */
export function fadingPrograms(fade: FadeState, written: WrittenName[] = []) {
  // sigma's program classes are typed for any attributes; these draw Parley's
  const faded = (Program: Parameters<typeof withFade>[0]) =>
    withFade(Program, FADED_EDGE_COLOR, fade) as unknown as ParleyEdgeProgram;
  const node = withFade(NodeCircleProgram, FADED_NODE_COLOR, fade);
  const thinLine = compiledOnFirstItem(faded(EdgeLineProgram));
  // a name's width, measured once a font: every frame writes the same names again
  const widths = new Map<string, number>();
  const widthOf = (context: CanvasRenderingContext2D, font: string, text: string) => {
    const key = `${font}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (widths.size >= MEASURED_NAMES_KEPT) widths.clear();
      context.font = font;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
  return {
    nodeProgramClasses: { circle: node },
    nodeHoverProgramClasses: { circle: compiledOnFirstItem(node) },
    // no thin edge is an arrow; given, sigma does not add (and compile) its own arrow program
    thinEdges: { line: thinLine, arrow: thinLine },
    edges: {
      line: compiledOnFirstItem(faded(EdgeRectangleProgram)),
      arrow: compiledOnFirstItem(
        createEdgeCompoundProgram([faded(EdgeClampedProgram), faded(EdgeArrowHeadProgram)]),
      ),
      curved: compiledOnFirstItem(faded(EdgeCurveProgram)),
      curvedArrow: compiledOnFirstItem(faded(EdgeCurvedArrowProgram)),
    },
    /** The labels canvas shows no name of a faded node, and ends a name at the graph's edge; a
     * name never covers another (label-fit.ts's nameBox): the names come biggest node first
     * (held-sigma.ts), and one with no room on either side of its disc is left out (its hover box
     * shows it), but for a name sigma is told to show outside a highlight (a selection's). */
    drawNodeLabel: ((context, data, settings) => {
      if (fade.active && !(data as { inFocus?: boolean }).inFocus) return;
      const fitted = labelInStage(context, data, settings);
      if (!fitted.label || !data.label) {
        drawDiscNodeLabel(context, fitted, settings);
        return;
      }
      const font = labelFontOf(settings);
      const whole = widthOf(context, font, data.label);
      const widths = {
        right: fitted.label === data.label ? whole : widthOf(context, font, fitted.label),
        left: whole,
      };
      const place = nameBox(data, widths, settings.labelSize, written);
      if (!place) {
        if (!fade.active && data.forceLabel) drawDiscNodeLabel(context, fitted, settings);
        return;
      }
      written.push({ ...place.box, node: data.key });
      if (place.side === 'right') drawDiscNodeLabel(context, fitted, settings);
      // sigma writes 3 px right of the disc: moved so that it writes from the box's left
      else drawDiscNodeLabel(context, { ...data, x: place.box.left - data.size - 3 }, settings);
    }) satisfies ParleySettings['defaultDrawNodeLabel'],
  };
}

/** Curvatures of parallel relations; none for thin lines (straight only). */
function curvaturesOf(graph: ParleyGraph): ReadonlyMap<string, number> {
  return graph.size > THIN_EDGES_ABOVE ? new Map() : parallelEdgeCurvatures(graph);
}

/** No filter, focus or path: a change to the graph changes the visibility of nothing else. */
function isPlainView(state: AppState): boolean {
  return (
    isDefaultFilters(state.filters) &&
    state.focus === null &&
    state.path.from === null &&
    state.path.to === null
  );
}

export type RendererEvents = {
  onNodeClick(node: string): void;
  onEdgeClick(edge: string): void;
  onStageClick(): void;
};

export type Renderer = {
  sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
  /**
   * After a change to the graph (the store's graphVersion has moved): draws again the items it
   * touched, with the relations parallel to a touched one (their curves change), instead of
   * re-reducing the whole graph; a full refresh only when filters or a focus may have changed
   * what else is shown.
   */
  followGraphChange(touched: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): void;
  focusNode(node: string): void;
  focusEdge(edge: string): void;
  /** Where the last frame wrote the names of the labels canvas, in the canvas's px, by node. */
  /** The names the last frame wrote, as a fresh list the caller may extend. */
  writtenNames(): WrittenName[];
  dispose(): void;
};

const CAMERA_DURATION_MS = 450;

/** A name written in the frame being drawn, and its node; the list is emptied as each frame
 * begins. */
type WrittenName = NameBox & { node: string };

/** The sigma instance with Parley's programs, settings and reducers over `context`. */
function createSigma(
  container: HTMLElement,
  graph: ParleyGraph,
  context: ReducerContext,
  fade: FadeState,
) {
  // the names written in the frame being drawn (see fadingPrograms' drawNodeLabel)
  const written: WrittenName[] = [];
  const programs = fadingPrograms(fade, written);
  const settings: Partial<ParleySettings> = {
    ...DEFAULT_RENDER_SETTINGS,
    ...settingsForSize(graph.order, graph.size),
    nodeProgramClasses: programs.nodeProgramClasses,
    nodeHoverProgramClasses: programs.nodeHoverProgramClasses,
    edgeProgramClasses: context.thinEdges ? programs.thinEdges : programs.edges,
    defaultDrawNodeLabel: programs.drawNodeLabel,
    nodeReducer: (node, data) => reduceNode(context, node, data),
    edgeReducer: (edge, data) => reduceEdge(context, edge, data),
  };
  // indexed now, drawn once the opening camera is set (see openFirstFrame)
  const { sigma, open } = createHeldSigma(graph, container, settings);
  sigma.on('beforeRender', () => {
    written.length = 0;
  });
  quietHoverLayer(sigma);
  return { sigma, open, written };
}

type ParleySigma = ReturnType<typeof createSigma>['sigma'];

/** Hovering shows a pointer and highlights; clicks go to the explorer. */
function forwardPointer(
  sigma: ParleySigma,
  container: HTMLElement,
  store: Store<AppState>,
  events: RendererEvents,
) {
  const hover = (pointer: boolean, update: (state: AppState) => AppState) => {
    container.style.cursor = pointer ? 'pointer' : '';
    store.update(update);
  };
  sigma.on('enterNode', ({ node }) => hover(true, hoverNode(node)));
  sigma.on('leaveNode', () => hover(false, hoverNode(null)));
  sigma.on('enterEdge', ({ edge }) => hover(true, hoverEdge(edge)));
  sigma.on('leaveEdge', () => hover(false, hoverEdge(null)));
  sigma.on('clickNode', ({ node }) => events.onNodeClick(node));
  sigma.on('clickEdge', ({ edge }) => events.onEdgeClick(edge));
  sigma.on('clickStage', () => events.onStageClick());
}

/** The edges still in the graph, each with the edges parallel to it (their curves change together). */
function withParallels(graph: ParleyGraph, touched: Iterable<string>): string[] {
  const edges = new Set<string>();
  for (const edge of touched) {
    if (!graph.hasEdge(edge)) continue;
    for (const parallel of graph.edges(graph.source(edge), graph.target(edge))) edges.add(parallel);
    for (const parallel of graph.edges(graph.target(edge), graph.source(edge))) edges.add(parallel);
  }
  return [...edges];
}

/** What changed between two states, for the renderer: the view, the highlight, the colours. */
function rendererChanges(state: AppState, previous: AppState) {
  const graphChanged = state.graphVersion !== previous.graphVersion;
  const viewChanged =
    (graphChanged && !isPlainView(state)) ||
    state.filters !== previous.filters ||
    state.focus !== previous.focus ||
    state.path !== previous.path;
  const highlightChanged =
    graphChanged ||
    viewChanged ||
    state.selection !== previous.selection ||
    state.hoveredNode !== previous.hoveredNode ||
    state.hoveredEdge !== previous.hoveredEdge;
  const colorsChanged = state.toneColors !== previous.toneColors;
  return { graphChanged, viewChanged, highlightChanged, colorsChanged };
}

/**
 * The highlight on screen and how a new one is drawn. Big graphs and thin lines draw it on an
 * overlay and never re-draw their main layers for it; the others re-draw the items entering or
 * leaving it, faded by the programs.
 */
function createHighlightPainter(
  sigma: ParleySigma,
  graph: ParleyGraph,
  context: ReducerContext,
  fade: FadeState,
  picking: Picking,
  initial: { highlight: Highlight; onOverlay: boolean },
) {
  let shown = initial.highlight;
  const overlay = initial.onOverlay
    ? mountHighlightOverlay(sigma, graph, (edge) =>
        reduceEdge({ ...context, highlight: shown }, edge, { ...graph.getEdgeAttributes(edge) }),
      )
    : null;
  overlay?.show(shown);
  return {
    shown: () => shown,
    /**
     * A new highlight. On the overlay: drawn there alone. Otherwise the items entering or leaving
     * it are re-reduced and the fade flips; small graphs are re-indexed too, so the highlighted
     * items are drawn above the faded ones (sigma orders by zIndex when it indexes), which on
     * bigger ones would cost a pass over every item for what shows only where lines cross.
     */
    show(next: Highlight) {
      const previous = shown;
      shown = next;
      if (overlay) return overlay.show(next);
      const changed = changedByHighlight(previous, next);
      context.highlight = next;
      fade.active = next.nodes !== null;
      // The highlighted frame is drawn without the picking pass (ids, which a highlight does not
      // change); sigma clears that pass on every frame, so it is drawn again just after, or at
      // once when the pointer needs it first.
      const wasPicking = fade.picking;
      fade.picking = false;
      sigma.refresh({
        partialGraph: {
          nodes: changed.nodes.filter((n) => graph.hasNode(n)),
          edges: changed.edges.filter((e) => graph.hasEdge(e)),
        },
        skipIndexation: graph.order + graph.size > REORDER_ON_HIGHLIGHT_MAX,
      });
      fade.picking = wasPicking;
      picking.pickSoon();
    },
    /** What shows may have changed anywhere: every item is reduced again. */
    showEverything(next: Highlight) {
      shown = next;
      context.highlight = overlay ? NO_HIGHLIGHT : next;
      fade.active = !overlay && next.nodes !== null;
      sigma.refresh({ skipIndexation: true });
      overlay?.show(next);
    },
    /** The overlay draws the highlight again (after the graph changed under it). */
    redrawOverlay: () => overlay?.show(shown),
    dispose: () => overlay?.dispose(),
  };
}

type HighlightPainter = ReturnType<typeof createHighlightPainter>;

/** The reducers' context at mount, and whether the highlight is drawn on an overlay. */
function initialContext(graph: ParleyGraph, state: AppState, view: DerivedView) {
  const thinEdges = graph.size > THIN_EDGES_ABOVE;
  const onOverlay = highlightOnOverlay(graph.order, graph.size);
  const highlight = computeHighlight(graph, state, view);
  const context: ReducerContext = {
    graph,
    highlight: onOverlay ? NO_HIGHLIGHT : highlight,
    visible: view.visible,
    toneColors: state.toneColors,
    curvatures: curvaturesOf(graph),
    thinEdges,
  };
  return { context, highlight, onOverlay };
}

/** Each change of the store: the reducers' context follows, and what it changed is drawn. */
function followStore(
  store: Store<AppState>,
  deriveView: (state: AppState) => DerivedView,
  context: ReducerContext,
  painter: HighlightPainter,
) {
  return store.subscribe((state, previous) => {
    const { graphChanged, viewChanged, highlightChanged, colorsChanged } = rendererChanges(
      state,
      previous,
    );
    // sigma follows the graph's own events (nodes and edges added, dropped, changed); what the
    // reducers read about the graph is brought up to date here
    if (graphChanged && !context.thinEdges) context.curvatures = curvaturesOf(context.graph);
    if (!highlightChanged && !colorsChanged) return;
    const view = deriveView(state);
    context.visible = view.visible;
    context.toneColors = state.toneColors;
    const next = highlightChanged ? computeHighlight(context.graph, state, view) : painter.shown();
    // after a change to the graph alone, followGraphChange draws the touched items
    if (viewChanged || colorsChanged) painter.showEverything(next);
    else painter.show(next);
  });
}

/**
 * The first frame, drawn once on the next animation frame: by then the panels mounted with the
 * graph have given its container its size, so the opening camera is fitted to it and the graph
 * is drawn once, instead of at sigma's default camera and again at each fit.
 */
function openFirstFrame(refit: () => void, open: () => void): number {
  return requestAnimationFrame(() => {
    refit();
    open();
  });
}

export function mountRenderer(
  container: HTMLElement,
  graph: ParleyGraph,
  store: Store<AppState>,
  deriveView: (state: AppState) => DerivedView,
  events: RendererEvents,
  /** Where the review panel floats over the stage (null: it does not). */
  covered: () => DOMRect | null = () => null,
): Renderer {
  const initial = store.get();
  const { context, highlight, onOverlay } = initialContext(graph, initial, deriveView(initial));
  // whether the programs draw what is outside the highlight in the faded colours
  const fade: FadeState = {
    active: context.highlight.nodes !== null,
    // the first frame shows the graph; its picking pass follows (see deferPicking)
    picking: false,
    pickStale: false,
  };
  const { sigma, open, written } = createSigma(container, graph, context, fade);
  const picking = deferPicking(sigma, container, fade);
  forwardPointer(sigma, container, store, events);
  const painter = createHighlightPainter(sigma, graph, context, fade, picking, {
    highlight,
    onOverlay,
  });
  const unsubscribe = followStore(store, deriveView, context, painter);
  const followSize = followOpeningSize(sigma, container);
  const firstFrame = openFirstFrame(followSize.refit, open);

  const reviewCamera = createReviewCamera(sigma, covered);
  /**
   * Brings a selection into view: `at` (sigma's framed coordinates) to the middle of the stage,
   * or the part of it the review panel leaves free, where `points` (graph coordinates) go.
   */
  function animateTo(at: { x: number; y: number }, points: Array<{ x: number; y: number }>) {
    const camera = sigma.getCamera();
    // a small graph stays whole in view: closing in on one of a story's first entities would
    // leave the others out of sight (each new one widens the extent sigma fits)
    const whole = graph.order <= WHOLE_IN_VIEW_UP_TO ? wholeGraphCamera(sigma, container) : null;
    const target = whole ?? { ...at, ratio: Math.min(camera.ratio, 0.75) };
    if (covered() === null) {
      void moveCamera(camera, target, CAMERA_DURATION_MS);
      return;
    }
    // the review panel floats over the stage: what was asked for goes beside it
    const shown = whole ? graph.mapNodes((_node, { x, y }) => ({ x, y })) : points;
    reviewCamera.reveal(shown, { ...camera.getState(), ...target });
  }
  const graphPoint = (node: string) => {
    const { x, y } = graph.getNodeAttributes(node);
    return { x, y };
  };

  return {
    sigma,
    followGraphChange(touched) {
      if (!isPlainView(store.get())) return; // the store update refreshed everything
      const nodes = [...touched.nodes].filter((n) => graph.hasNode(n));
      // a story growing past small, or shrinking back, changes which names show: all redrawn
      const labels = labelSettings(graph.order, graph.size);
      if (sigma.getSetting('labelRenderedSizeThreshold') !== labels.labelRenderedSizeThreshold)
        sigma.setSetting('labelRenderedSizeThreshold', labels.labelRenderedSizeThreshold);
      if (sigma.getSetting('labelDensity') !== labels.labelDensity)
        sigma.setSetting('labelDensity', labels.labelDensity);
      sigma.refresh({ partialGraph: { nodes, edges: withParallels(graph, touched.edges) } });
      painter.redrawOverlay();
    },
    focusNode(node) {
      const data = sigma.getNodeDisplayData(node);
      if (data) animateTo(data, [graphPoint(node)]);
    },
    focusEdge(edge) {
      const ends = graph.extremities(edge);
      const [a, b] = ends.map((n) => sigma.getNodeDisplayData(n));
      if (a && b) animateTo({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, ends.map(graphPoint));
    },
    writtenNames: () => [...written],
    dispose() {
      cancelAnimationFrame(firstFrame);
      followSize.disconnect();
      unsubscribe();
      picking.dispose();
      painter.dispose();
      sigma.kill();
    },
  };
}
