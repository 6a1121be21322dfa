// The highlight drawn as a layer over the main canvas: when something is hovered or selected,
// a second sigma instance draws only the highlighted nodes and edges (same camera, same
// bounding box, same reducers) while CSS filters paint the main layers in the faded colours.
// A click on a 100k-node graph then draws a few hundred items instead of re-reducing and
// re-rasterising every node and edge.
import { MultiGraph } from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { type Highlight, highlightSubgraph } from './highlight';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR } from './reducers';

type ParleySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
type ParleySettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type HighlightLayer = {
  /** Redraws the layer for this highlight; `null` nodes (nothing focused) hides it. */
  update(highlight: Highlight): void;
  dispose(): void;
};

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Main layers hidden while the layer shows: their content is redrawn (or faded away) above. */
const HIDDEN_WHILE_FADED = ['edgeLabels', 'labels', 'hovers', 'hoverNodes'] as const;

/** An SVG filter that paints every drawn pixel in one colour, keeping its coverage (alpha). */
function flatColorFilter(id: string, color: string): SVGFilterElement {
  const filter = document.createElementNS(SVG_NS, 'filter');
  filter.id = id;
  filter.setAttribute('color-interpolation-filters', 'sRGB');
  const flood = document.createElementNS(SVG_NS, 'feFlood');
  flood.setAttribute('flood-color', color);
  const composite = document.createElementNS(SVG_NS, 'feComposite');
  composite.setAttribute('in2', 'SourceAlpha');
  composite.setAttribute('operator', 'in');
  filter.append(flood, composite);
  return filter;
}

export function mountHighlightLayer(
  main: ParleySigma,
  graph: ParleyGraph,
  settings: Partial<ParleySettings>,
): HighlightLayer {
  const container = main.getContainer();
  const root = document.createElement('div');
  root.className = 'highlight-layer';
  Object.assign(root.style, { position: 'absolute', inset: '0', pointerEvents: 'none' });
  const defs = document.createElementNS(SVG_NS, 'svg');
  defs.setAttribute('aria-hidden', 'true');
  Object.assign(defs.style, { position: 'absolute', width: '0', height: '0' });
  const suffix = Math.random().toString(36).slice(2, 8); // ids unique per mounted renderer
  const nodeFilter = `parley-faded-nodes-${suffix}`;
  const edgeFilter = `parley-faded-edges-${suffix}`;
  defs.append(
    flatColorFilter(nodeFilter, FADED_NODE_COLOR),
    flatColorFilter(edgeFilter, FADED_EDGE_COLOR),
  );
  container.append(defs, root);

  const overlay: ParleySigma = new Sigma(new MultiGraph({ type: 'mixed' }), root, {
    ...settings,
    enableEdgeEvents: false,
  });
  overlay.setCamera(main.getCamera());
  let current: Highlight | null = null;

  function setFaded(faded: boolean) {
    const canvases = main.getCanvases();
    // visibility, not display: sigma measures its container on every draw
    root.style.visibility = faded ? '' : 'hidden';
    if (canvases.nodes) canvases.nodes.style.filter = faded ? `url(#${nodeFilter})` : '';
    if (canvases.edges) canvases.edges.style.filter = faded ? `url(#${edgeFilter})` : '';
    for (const id of HIDDEN_WHILE_FADED) {
      const canvas = canvases[id];
      if (canvas) canvas.style.visibility = faded ? 'hidden' : '';
    }
  }

  function draw() {
    if (!current || current.nodes === null) {
      setFaded(false);
      if (overlay.getGraph().order > 0) overlay.setGraph(new MultiGraph({ type: 'mixed' }));
      return;
    }
    // same normalisation as the main renderer, so both draw every node at the same place
    setFaded(true);
    overlay.setCustomBBox(main.getBBox());
    overlay.setGraph(highlightSubgraph(graph, current));
  }

  // the main renderer re-processed (filters, layout, resize): follow its bounding box
  let frame = 0;
  const onProcess = () => {
    if (!current?.nodes || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
  main.on('afterProcess', onProcess);

  return {
    update(highlight) {
      current = highlight;
      draw();
    },
    dispose() {
      main.off('afterProcess', onProcess);
      cancelAnimationFrame(frame);
      overlay.kill();
      defs.remove();
      root.remove();
    },
  };
}
