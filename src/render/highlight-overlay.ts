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

  function setFaded(faded: boolean) {
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
  function placed(node: string) {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return null;
    const { x, y } = sigma.framedGraphToViewport(data);
    return { ...data, x, y, size: sigma.scaleSize(data.size) };
  }

  function draw() {
    if (!current?.nodes) return;
    clearOverlayCanvas(canvas, context, sigma.getDimensions());
    const settings = sigma.getSettings() as ParleySettings;
    const nodes = new Map<string, NonNullable<ReturnType<typeof placed>>>();
    for (const node of current.nodes) {
      const at = graph.hasNode(node) ? placed(node) : null;
      if (at) nodes.set(node, at);
    }
    for (const edge of current.edges ?? []) {
      if (!graph.hasEdge(edge)) continue;
      const source = nodes.get(graph.source(edge));
      const target = nodes.get(graph.target(edge));
      if (!source || !target) continue;
      const look = looks.get(edge) ?? focusedEdge(edge);
      looks.set(edge, look);
      const width = Math.max(1, sigma.scaleSize(look.size ?? 1));
      context.strokeStyle = look.color ?? '#3d4a5c';
      context.fillStyle = context.strokeStyle;
      context.lineWidth = width;
      context.beginPath();
      context.moveTo(source.x, source.y);
      context.lineTo(target.x, target.y);
      context.stroke();
      if (graph.isDirected(edge)) drawArrowhead(context, source, target, width);
      if (current.labelledEdge === edge)
        drawStraightEdgeLabel(
          context,
          { ...look, label: graph.getEdgeAttribute(edge, 'label'), size: width, color: '#1b2430' },
          source,
          target,
          settings,
        );
    }
    for (const at of nodes.values()) drawDisc(context, at);
    for (const node of names) {
      const at = nodes.get(node);
      if (!at?.label) continue;
      if (!current.labelled.has(node)) {
        drawDiscNodeLabel(context, at, settings);
        continue;
      }
      // as sigma draws a hovered node: the label's box, then the node over it
      drawDiscNodeHover(context, at, settings);
      drawDisc(context, at);
    }
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
      setFaded(current !== null);
      draw();
    },
    dispose() {
      sigma.off('afterRender', onRender);
      setFaded(false);
      canvas.remove();
    },
  };
}
