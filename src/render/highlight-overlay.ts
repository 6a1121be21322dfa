// The highlight of a big graph, drawn on one 2D canvas over sigma's: the highlighted nodes, the
// edges between them and their names, while the main layers stay as they are, shown at a low
// opacity. A click on a 100k-node graph then draws a few hundred items on one canvas instead of
// drawing 600k again in (often software) WebGL. Small graphs fade through the programs instead
// (fade-programs.ts), which draws every item in its own program, as the plain view does.
import type Sigma from 'sigma';
import { drawDiscNodeHover, drawDiscNodeLabel, drawStraightEdgeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { type Highlight, labelledNodes } from './highlight';
import { labelFontOf, type NameBox, nameBox } from './label-fit';
import { clearOverlayCanvas } from './overlay-canvas';

type ParleySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
type ParleySettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type HighlightOverlay = {
  /** Draws this highlight (none: the overlay hides and the main layers show in full). */
  show(highlight: Highlight): void;
  dispose(): void;
};

/** How the main layers show under a highlight. */
export const FADED_LAYER_OPACITY = '0.22';
/** Main layers whose content the overlay draws again, or that a highlight hides. */
const FADED_LAYERS = ['edges', 'nodes'] as const;
const HIDDEN_LAYERS = ['edgeLabels', 'labels', 'hovers', 'hoverNodes'] as const;
const ARROW_LENGTH = 2.5; // × the edge's width, as sigma's arrowheads
const ARROW_WIDTH = 2;

type Placed = { x: number; y: number; size: number; color: string };

function drawDisc(context: CanvasRenderingContext2D, at: Placed) {
  context.fillStyle = at.color;
  context.beginPath();
  context.arc(at.x, at.y, at.size, 0, Math.PI * 2);
  context.fill();
}

/** An arrowhead at `to`'s rim, pointing away from `from`, in the current fill colour. */
function drawArrowhead(
  context: CanvasRenderingContext2D,
  from: { x: number; y: number },
  to: { x: number; y: number; size: number },
  width: number,
) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= to.size) return;
  const ux = dx / length;
  const uy = dy / length;
  const tipX = to.x - ux * to.size;
  const tipY = to.y - uy * to.size;
  const back = width * ARROW_LENGTH * 2;
  const side = width * ARROW_WIDTH;
  context.beginPath();
  context.moveTo(tipX, tipY);
  context.lineTo(tipX - ux * back - uy * side, tipY - uy * back + ux * side);
  context.lineTo(tipX - ux * back + uy * side, tipY - uy * back - ux * side);
  context.closePath();
  context.fill();
}

/** The overlay's canvas over sigma's, hidden until a highlight shows. */
function createOverlayCanvas(container: HTMLElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'highlight-overlay';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, {
    position: 'absolute',
    inset: '0',
    pointerEvents: 'none',
    visibility: 'hidden',
  });
  container.append(canvas);
  return canvas;
}

/** Fades the main layers under a highlight (and shows the overlay), or shows them in full. */
function setFaded(sigma: ParleySigma, canvas: HTMLCanvasElement, faded: boolean) {
  const canvases = sigma.getCanvases();
  canvas.style.visibility = faded ? '' : 'hidden';
  for (const id of FADED_LAYERS) {
    const layer = canvases[id];
    if (layer) layer.style.opacity = faded ? FADED_LAYER_OPACITY : '';
  }
  for (const id of HIDDEN_LAYERS) {
    const layer = canvases[id];
    if (layer) layer.style.visibility = faded ? 'hidden' : '';
  }
}

/** A node where the viewport shows it: position and radius in CSS pixels. */
function placed(sigma: ParleySigma, node: string) {
  const data = sigma.getNodeDisplayData(node);
  if (!data || data.hidden) return null;
  const { x, y } = sigma.framedGraphToViewport(data);
  return { ...data, x, y, size: sigma.scaleSize(data.size) };
}

type PlacedNode = NonNullable<ReturnType<typeof placed>>;

/** What one drawing of the overlay reads: the highlight with its looks, and where nodes are. */
type Frame = {
  sigma: ParleySigma;
  graph: ParleyGraph;
  context: CanvasRenderingContext2D;
  settings: ParleySettings;
  highlight: Highlight;
  nodes: Map<string, PlacedNode>;
};

/** A highlighted edge: its line in its focused look, its arrowhead, and its label if labelled. */
function drawEdge(frame: Frame, edge: string, look: Partial<EdgeDisplayData>) {
  const { sigma, graph, context, settings, nodes } = frame;
  const source = nodes.get(graph.source(edge));
  const target = nodes.get(graph.target(edge));
  if (!source || !target) return;
  const width = Math.max(1, sigma.scaleSize(look.size ?? 1));
  context.strokeStyle = look.color ?? '#3d4a5c';
  context.fillStyle = context.strokeStyle;
  context.lineWidth = width;
  context.beginPath();
  context.moveTo(source.x, source.y);
  context.lineTo(target.x, target.y);
  context.stroke();
  if (graph.isDirected(edge)) drawArrowhead(context, source, target, width);
  if (frame.highlight.labelledEdge !== edge) return;
  const label = graph.getEdgeAttribute(edge, 'label');
  const display = { ...look, label, size: width, color: '#1b2430' };
  drawStraightEdgeLabel(context, display, source, target, settings);
}

/** The names shown: a labelled node's as sigma draws a hovered node (the box, then the node),
 * first; then the others, none written over another (label-fit.ts's nameBox). */
function drawNames(frame: Frame, names: ReadonlySet<string>) {
  const { context, settings, nodes, highlight } = frame;
  const written: NameBox[] = [];
  // sigma's hover boxes and names are written in this font too, so it holds for every measure
  context.font = labelFontOf(settings);
  const width = (label: string) => context.measureText(label).width;
  for (const node of highlight.labelled) {
    const at = nodes.get(node);
    if (!at?.label || !names.has(node)) continue;
    const place = nameBox(at, { right: width(at.label), left: 0 }, settings.labelSize, []);
    if (place) written.push(place.box);
    drawDiscNodeHover(context, at, settings);
    drawDisc(context, at);
  }
  for (const node of names) {
    const at = nodes.get(node);
    if (!at?.label || highlight.labelled.has(node)) continue;
    const w = width(at.label);
    const place = nameBox(at, { right: w, left: w }, settings.labelSize, written);
    if (!place) continue;
    written.push(place.box);
    const x = place.side === 'right' ? at.x : place.box.left - at.size - 3;
    drawDiscNodeLabel(context, { ...at, x }, settings);
  }
}

export function mountHighlightOverlay(
  sigma: ParleySigma,
  graph: ParleyGraph,
  /** The display of a highlighted edge (its focused colour and width). */
  focusedEdge: (edge: string) => Partial<EdgeDisplayData>,
): HighlightOverlay {
  const canvas = createOverlayCanvas(sigma.getContainer());
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  let current: Highlight | null = null;
  // worked out once per highlight, not on every frame the overlay follows
  let looks = new Map<string, Partial<EdgeDisplayData>>();
  let names = new Set<string>();

  function draw() {
    if (!current?.nodes) return;
    clearOverlayCanvas(canvas, context, sigma.getDimensions());
    const settings = sigma.getSettings() as ParleySettings;
    const nodes = new Map<string, PlacedNode>();
    for (const node of current.nodes) {
      const at = graph.hasNode(node) ? placed(sigma, node) : null;
      if (at) nodes.set(node, at);
    }
    const frame: Frame = { sigma, graph, context, settings, highlight: current, nodes };
    for (const edge of current.edges ?? []) {
      // an edge is drawn only between placed nodes
      if (!graph.hasEdge(edge) || !nodes.has(graph.source(edge)) || !nodes.has(graph.target(edge)))
        continue;
      const look = looks.get(edge) ?? focusedEdge(edge);
      looks.set(edge, look);
      drawEdge(frame, edge, look);
    }
    for (const at of nodes.values()) drawDisc(context, at);
    drawNames(frame, names);
  }

  // the camera moved or the graph changed: sigma drew its layers, the overlay follows
  const onRender = () => draw();
  sigma.on('afterRender', onRender);

  return {
    show(highlight) {
      current = highlight.nodes ? highlight : null;
      looks = new Map();
      names = current
        ? labelledNodes(current, (n) => sigma.getNodeDisplayData(n)?.size ?? 0)
        : new Set();
      setFaded(sigma, canvas, current !== null);
      draw();
    },
    dispose() {
      sigma.off('afterRender', onRender);
      setFaded(sigma, canvas, false);
      canvas.remove();
    },
  };
}
