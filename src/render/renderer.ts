// sigma.js setup and teardown: primitives, styles and settings, reducers wired to the store,
// camera moves. Everything it starts, dispose() stops.
import Sigma from 'sigma';
import { extremityArrow, layerPlain, pathCurved, pathLine } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { CameraState, RenderParams, SigmaOptions } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { type AppState, hoverEdge, hoverNode } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import { isDefaultFilters } from '../state/filters';
import type { Store } from '../state/store';
import { EDGE_LABEL_SIZE, LABEL_COLOR, LABEL_FONT, LABEL_SIZE } from './canvas-labels';
import { changedByHighlight, computeHighlight, type Highlight, NO_HIGHLIGHT } from './highlight';
import { mountHighlightOverlay } from './highlight-overlay';
import { DEPTH, type ReducerContext, reduceEdge, reduceNode, THIN_EDGES_ABOVE } from './reducers';

type ParleySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
type ParleyOptions = SigmaOptions<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const DEFAULT_RENDER_SETTINGS: Partial<Settings> = {
  // labels: the biggest names show at first sight, the rest on zoom
  labelDensity: 0.6,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 9,
  // edges
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  // sizes are in screen pixels, as the legend's widths are
  itemSizesReference: 'screen',
  // camera and drawing
  stagePadding: 40,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
  // a right press keeps the browser's menu and does not turn the graph
  enableCameraMouseRotation: false,
  allowInvalidContainer: true,
};

/** Above this many relations, edges are not picked (hover and click): no one aims at one there. */
export const EDGE_EVENTS_MAX = 20_000;

/** Above 10k nodes or 50k edges: hide edges and labels while the camera moves; highlight on an overlay. */
export function isBigGraph(order: number, size: number): boolean {
  return order > 10_000 || size > 50_000;
}

/**
 * Settings that change with the graph's size: big graphs hide edges and labels while the camera
 * moves and draw fewer labels; edges are picked (hover and click) up to EDGE_EVENTS_MAX.
 */
export function settingsForSize(order: number, size: number): Partial<Settings> {
  const big = isBigGraph(order, size);
  return {
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    enableEdgeEvents: size <= EDGE_EVENTS_MAX,
    labelRenderedSizeThreshold: big
      ? 14
      : (DEFAULT_RENDER_SETTINGS.labelRenderedSizeThreshold ?? 9),
  };
}

/**
 * What sigma compiles (one program for the nodes, one for the edges) and the style rules that
 * read the graph's attributes. Every path an edge program knows costs it vertices and shader
 * branches, so dense graphs (thin lines) get the straight path alone, without arrowheads; the
 * others also get the curve that parallel relations take.
 */
export function renderOptions(thinEdges: boolean): Pick<ParleyOptions, 'primitives' | 'styles'> {
  return {
    primitives: {
      nodes: {
        label: {
          font: { family: LABEL_FONT, weight: '600', size: LABEL_SIZE },
          color: LABEL_COLOR,
        },
      },
      edges: thinEdges
        ? { paths: [pathLine()], layers: [layerPlain()] }
        : {
            paths: [pathLine(), pathCurved({ segments: 12 })],
            extremities: [extremityArrow()],
            layers: [layerPlain()],
          },
    },
    styles: {
      nodes: {
        x: { attribute: 'x' },
        y: { attribute: 'y' },
        size: { attribute: 'size', defaultValue: 6 },
        color: { attribute: 'color', defaultValue: '#666' },
        label: { attribute: 'label' },
        labelColor: LABEL_COLOR,
        depth: DEPTH.nodes,
      },
      edges: {
        path: 'straight',
        parallelPath: thinEdges ? 'straight' : 'curved',
        size: 1,
        color: '#9aa5b4',
        labelSize: EDGE_LABEL_SIZE,
        labelColor: LABEL_COLOR,
        depth: DEPTH.edges,
      },
    },
  };
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
  dispose(): void;
};

const CAMERA_DURATION_MS = 450;
/** How long after the camera's last move the picking pass is drawn again. */
const PICKING_AFTER_MOVE_MS = 120;
/** How long after the first frame its picking pass is drawn (at once if the pointer needs it). */
const PICKING_AFTER_OPEN_MS = 300;
/** The pointer events on which sigma reads the picking pass. */
const POINTER_EVENTS = ['mousemove', 'mousedown', 'click', 'touchstart'] as const;
const POINTER_END_EVENTS = ['mouseup', 'touchend'] as const;

type Insets = { top: number; right: number; bottom: number; left: number };

/**
 * How much of the graph's container the opening camera keeps clear on each side, in px: the
 * stylesheet says it (--camera-inset-top, -right, -bottom, -left on the container), as it knows
 * where the legend and the notice sit at each width; sigma's stagePadding where it says nothing.
 */
function cameraInsets(container: HTMLElement, fallback: number, extra: number): Insets {
  const style = getComputedStyle(container);
  const read = (side: keyof Insets) => {
    const value = Number.parseFloat(style.getPropertyValue(`--camera-inset-${side}`));
    return (Number.isFinite(value) && value >= 0 ? value : fallback) + extra;
  };
  return { top: read('top'), right: read('right'), bottom: read('bottom'), left: read('left') };
}

/**
 * The opening camera: the nodes' extent fits the container less its insets, centred in what is
 * left, so a small graph does not open with nodes in the corners under the legend or a notice.
 * Insets too big for a small container shrink to leave it at least half of each side.
 */
function fitCamera(
  sigma: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>,
  container: HTMLElement,
): CameraState | null {
  const { width, height } = sigma.getDimensions();
  if (width < 50 || height < 50) return null; // hidden (list view): the default camera stays
  let size = 0;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data) return;
    size = Math.max(size, data.size);
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  });
  if (!Number.isFinite(minX)) return null;
  // the insets keep the overlays clear of whole nodes, not only of their centres
  const inset = cameraInsets(container, sigma.getSetting('stagePadding'), size);
  const shrinkX = Math.min(1, width / 2 / Math.max(1, inset.left + inset.right));
  const shrinkY = Math.min(1, height / 2 / Math.max(1, inset.top + inset.bottom));
  const left = inset.left * shrinkX;
  const top = inset.top * shrinkY;
  const safeWidth = width - (inset.left + inset.right) * shrinkX;
  const safeHeight = height - (inset.top + inset.bottom) * shrinkY;
  // at the default camera, where the extent and the safe area's centre fall
  const base = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const a = sigma.framedGraphToViewport({ x: minX, y: minY }, { cameraState: base });
  const b = sigma.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: base });
  const ratio = Math.min(
    sigma.getSetting('maxCameraRatio') ?? 4,
    Math.max(
      1, // never closer than sigma's own fit: one node, or a graph that fits already
      Math.abs(b.x - a.x) / safeWidth,
      Math.abs(b.y - a.y) / safeHeight,
    ),
  );
  const centre = sigma.viewportToFramedGraph(
    { x: left + safeWidth / 2, y: top + safeHeight / 2 },
    { cameraState: base },
  );
  // the camera is the framed point at the viewport's centre; offsets from it scale with ratio
  const state = {
    x: (minX + maxX) / 2 - ratio * (centre.x - 0.5),
    y: (minY + maxY) / 2 - ratio * (centre.y - 0.5),
    ratio,
    angle: 0,
  };
  sigma.getCamera().setState(state);
  return sigma.getCamera().getState();
}

const sameCamera = (a: CameraState, b: CameraState) =>
  a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;

export function mountRenderer(
  container: HTMLElement,
  graph: ParleyGraph,
  store: Store<AppState>,
  deriveView: (state: AppState) => DerivedView,
  events: RendererEvents,
): Renderer {
  const initial = store.get();
  const initialView = deriveView(initial);
  const thinEdges = graph.size > THIN_EDGES_ABOVE;
  // Big graphs and thin lines draw a highlight on an overlay and never re-draw their main layer
  // for it; the others re-draw their items, faded outside it
  const onOverlay = thinEdges || isBigGraph(graph.order, graph.size);
  let shown = computeHighlight(graph, initial, initialView);
  const context: ReducerContext = {
    graph,
    highlight: onOverlay ? NO_HIGHLIGHT : shown,
    visible: initialView.visible,
    toneColors: initial.toneColors,
    thinEdges,
  };
  const sigma: ParleySigma = new Sigma(graph, container, {
    ...renderOptions(thinEdges),
    settings: { ...DEFAULT_RENDER_SETTINGS, ...settingsForSize(graph.order, graph.size) },
    nodeReducer: (node) => reduceNode(context, node),
    edgeReducer: (edge, _data, attributes) => reduceEdge(context, edge, attributes),
  });

  // No picking pass (the hidden drawing of item ids that hover and click read) while the camera
  // moves, when no one points at an item and each frame costs as much again with it; drawn again
  // once it has stopped, or at once when the pointer is about to read it (sigma reads it on its
  // own listeners, inside the container). sigma clears that pass on every frame, so a frame drawn
  // without it leaves it stale.
  const picking = { on: false, stale: false };
  const renderParams = sigma.getRenderParams.bind(sigma);
  sigma.getRenderParams = (): RenderParams => {
    const params = renderParams();
    if (picking.on) return params;
    picking.stale = true;
    return { ...params, pickingFrameBuffer: null };
  };
  let settled = 0;
  const pickNow = () => {
    clearTimeout(settled);
    picking.on = true;
    if (!picking.stale) return;
    picking.stale = false;
    // a render now, with the picking pass (nothing to re-reduce)
    sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
  };
  const pickSoon = () => {
    clearTimeout(settled);
    settled = window.setTimeout(pickNow, PICKING_AFTER_MOVE_MS);
  };
  const onCameraMove = () => {
    picking.on = false;
    pickSoon();
  };
  const beforePointer = (event: Event) => {
    // a drag moves the camera: no picking until it is done
    const dragging = event instanceof MouseEvent && event.type === 'mousemove' && event.buttons;
    if (!dragging) pickNow();
  };
  sigma.getCamera().on('updated', onCameraMove);
  settled = window.setTimeout(pickNow, PICKING_AFTER_OPEN_MS);
  for (const type of POINTER_EVENTS) container.addEventListener(type, beforePointer, true);
  // sigma reads a tap and the end of a press from the document
  for (const type of POINTER_END_EVENTS) document.addEventListener(type, beforePointer, true);

  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    store.update(hoverNode(node));
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    store.update(hoverNode(null));
  });
  sigma.on('enterEdge', ({ edge }) => {
    container.style.cursor = 'pointer';
    store.update(hoverEdge(edge));
  });
  sigma.on('leaveEdge', () => {
    container.style.cursor = '';
    store.update(hoverEdge(null));
  });
  sigma.on('clickNode', ({ node }) => events.onNodeClick(node));
  sigma.on('clickEdge', ({ edge }) => events.onEdgeClick(edge));
  sigma.on('clickStage', () => events.onStageClick());

  const overlay = onOverlay
    ? mountHighlightOverlay(sigma, graph, (edge) =>
        reduceEdge({ ...context, highlight: shown }, edge, graph.getEdgeAttributes(edge)),
      )
    : null;
  overlay?.show(shown);

  /**
   * A new highlight. On the overlay: drawn there alone. Otherwise every item is reduced again when
   * a highlight appears or goes (what is outside it fades or comes back), and only the items
   * entering or leaving it when one highlight follows another. The highlighted frame is drawn
   * without the picking pass (ids, which a highlight does not change): it is drawn again just
   * after, or at once when the pointer needs it first.
   */
  function showHighlight(next: Highlight) {
    const previous = shown;
    shown = next;
    if (overlay) {
      overlay.show(next);
      return;
    }
    context.highlight = next;
    const was = picking.on;
    picking.on = false;
    if ((previous.nodes === null) !== (next.nodes === null)) sigma.refresh();
    else {
      const changed = changedByHighlight(previous, next);
      sigma.refresh({
        partialGraph: {
          nodes: changed.nodes.filter((n) => graph.hasNode(n)),
          edges: changed.edges.filter((e) => graph.hasEdge(e)),
        },
      });
    }
    picking.on = was;
    pickSoon();
  }

  const unsubscribe = store.subscribe((state, previous) => {
    const graphChanged = state.graphVersion !== previous.graphVersion;
    // sigma follows the graph's own events (nodes and edges added, dropped, changed), parallel
    // relations included
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
    if (!highlightChanged && state.toneColors === previous.toneColors) return;
    const view = deriveView(state);
    context.visible = view.visible;
    context.toneColors = state.toneColors;
    const next = highlightChanged ? computeHighlight(graph, state, view) : shown;
    if (viewChanged || state.toneColors !== previous.toneColors) {
      // what shows may have changed anywhere: every item is reduced again
      shown = next;
      context.highlight = overlay ? NO_HIGHLIGHT : next;
      sigma.refresh();
      overlay?.show(next);
    } else {
      // after a change to the graph, followGraphChange draws the touched items
      showHighlight(next);
    }
  });

  // The container takes its final size as the panels around it mount (the timeline under it):
  // until someone moves the camera, the opening fit follows the container's size.
  let opening = fitCamera(sigma, container) ?? sigma.getCamera().getState();
  const followSize = new ResizeObserver(() => {
    if (!sameCamera(sigma.getCamera().getState(), opening)) {
      followSize.disconnect();
      return;
    }
    sigma.resize();
    opening = fitCamera(sigma, container) ?? opening;
  });
  followSize.observe(container);

  function animateTo(x: number, y: number) {
    const camera = sigma.getCamera();
    camera.animate({ x, y, ratio: Math.min(camera.ratio, 0.75) }, { duration: CAMERA_DURATION_MS });
  }

  return {
    sigma,
    followGraphChange(touched) {
      if (!isPlainView(store.get())) return; // the store update refreshed everything
      const nodes = [...touched.nodes].filter((n) => graph.hasNode(n));
      const edges = new Set<string>();
      for (const edge of touched.edges) {
        if (!graph.hasEdge(edge)) continue;
        for (const parallel of graph.edges(graph.source(edge), graph.target(edge)))
          edges.add(parallel);
        for (const parallel of graph.edges(graph.target(edge), graph.source(edge)))
          edges.add(parallel);
      }
      sigma.refresh({ partialGraph: { nodes, edges: [...edges] } });
      overlay?.show(shown);
    },
    focusNode(node) {
      const data = sigma.getNodeDisplayData(node);
      if (data) animateTo(data.x, data.y);
    },
    focusEdge(edge) {
      const [a, b] = graph.extremities(edge).map((n) => sigma.getNodeDisplayData(n));
      if (a && b) animateTo((a.x + b.x) / 2, (a.y + b.y) / 2);
    },
    dispose() {
      followSize.disconnect();
      unsubscribe();
      sigma.getCamera().off('updated', onCameraMove);
      for (const type of POINTER_EVENTS) container.removeEventListener(type, beforePointer, true);
      for (const type of POINTER_END_EVENTS)
        document.removeEventListener(type, beforePointer, true);
      clearTimeout(settled);
      overlay?.dispose();
      sigma.kill();
    },
  };
}
