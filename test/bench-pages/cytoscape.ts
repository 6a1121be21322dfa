// The cytoscape.js benchmark page: the same dataset file and positions as the Parley page (preset
// layout, no layout run), a style matched to Parley's (circles sized and coloured alike, straight
// 1px edges with arrows on directed ones, labels on the nodes Parley labels at first sight), drawn by
// the canvas renderer or, with ?webgl=1, the experimental WebGL one. Exposes window.__bench.
import cytoscape from 'cytoscape';
import type { Dataset } from '../../src/data/schema';
import { colorForKind } from '../../src/graph/palette';
import {
  EDGE_COLOR,
  FADED_EDGE_COLOR,
  FADED_NODE_COLOR,
  FOCUSED_EDGE_COLOR,
} from '../../src/render/reducers';
import { afterFrames, animateCamera, exposeBench, fetchText, surfaces } from './measure';
import type { FirstFrame, LayoutFile, PageApi } from './protocol';

/** sigma's defaults and Parley's render settings, in cytoscape's terms. */
const STAGE_PADDING = 40;
const LABEL_SIZE_THRESHOLD = 9;
const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(d)',
      height: 'data(d)',
      'background-color': 'data(color)',
      'border-width': 0,
    },
  },
  {
    selector: `node[d >= ${2 * LABEL_SIZE_THRESHOLD}]`,
    style: {
      label: 'data(label)',
      'font-family': LABEL_FONT,
      'font-size': 13,
      'font-weight': 600,
      color: '#1b2430',
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 3,
    },
  },
  {
    selector: 'edge',
    style: { width: 1, 'line-color': EDGE_COLOR, 'curve-style': 'straight' },
  },
  {
    selector: 'edge.directed',
    style: {
      'target-arrow-shape': 'triangle',
      'target-arrow-color': EDGE_COLOR,
      'arrow-scale': 0.6,
    },
  },
  { selector: 'node.faded', style: { 'background-color': FADED_NODE_COLOR, label: '' } },
  {
    selector: 'edge.faded',
    style: { 'line-color': FADED_EDGE_COLOR, 'target-arrow-color': FADED_EDGE_COLOR },
  },
  {
    selector: 'edge.focused',
    style: {
      'line-color': FOCUSED_EDGE_COLOR,
      'target-arrow-color': FOCUSED_EDGE_COLOR,
      width: 2.5,
    },
  },
  {
    selector: 'node.selected-entity',
    style: { label: 'data(label)', 'z-index': 2, 'font-size': 13, 'text-halign': 'right' },
  },
];

function elementsOf(dataset: Dataset, layout: LayoutFile, width: number, height: number) {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < layout.x.length; i++) {
    const x = layout.x[i] ?? 0;
    const y = layout.y[i] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // One graph unit per screen pixel once fitted, so node sizes read as sigma's pixels.
  const scale = Math.min(
    (width - 2 * STAGE_PADDING) / (maxX - minX || 1),
    (height - 2 * STAGE_PADDING) / (maxY - minY || 1),
  );
  const elements: cytoscape.ElementDefinition[] = dataset.entities.map((entity, i) => ({
    group: 'nodes',
    data: {
      id: entity.id,
      label: entity.label,
      color: colorForKind(entity.kind),
      d: 2 * (layout.size[i] ?? 4),
    },
    position: { x: ((layout.x[i] ?? 0) - minX) * scale, y: (maxY - (layout.y[i] ?? 0)) * scale },
  }));
  for (const r of dataset.relations) {
    elements.push({
      group: 'edges',
      data: { id: r.id, source: r.source, target: r.target },
      classes: r.directed ? 'directed' : '',
    });
  }
  return elements;
}

/** cytoscape draws in its own animation-frame loop; this waits for its next completed draw. */
type CytoscapeRenderer = { redrawCount?: number; lastRedrawTime?: number };
const rendererOf = (cy: cytoscape.Core) =>
  (cy as unknown as { renderer(): CytoscapeRenderer }).renderer();

function afterRedraw(cy: cytoscape.Core): Promise<void> {
  const renderer = rendererOf(cy);
  const before = renderer.redrawCount ?? 0;
  return new Promise((resolve) => {
    const check = () => {
      if ((renderer.redrawCount ?? 0) > before) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

async function open(size: string, webgl: boolean) {
  // started: the page's modules have loaded and run; the data is asked for from here
  const marks: Record<string, number> = { started: performance.now() };
  const [text, layoutText] = await Promise.all([
    fetchText(`data/dataset-${size}.json`),
    fetchText(`data/layout-${size}.json`),
  ]);
  marks.fetched = performance.now();
  const dataset = JSON.parse(text) as Dataset;
  const layout = JSON.parse(layoutText) as LayoutFile;
  marks.parsed = performance.now();
  const container = document.getElementById('graph') as HTMLElement;
  const elements = elementsOf(dataset, layout, container.clientWidth, container.clientHeight);
  marks.built = performance.now();
  const cy = cytoscape({
    container,
    elements,
    style: STYLE,
    layout: { name: 'preset', fit: true, padding: STAGE_PADDING },
    // the same as `renderer: { webgl: true }`: cytoscape merges renderer options into the top level
    ...(webgl ? { webgl: true } : {}),
  });
  marks.mounted = performance.now();
  await afterRedraw(cy);
  const firstFrame = await afterFrames(1);
  const drewWebgl = container.querySelector('canvas[data-id$="-webgl"]') !== null;
  const ready: FirstFrame = {
    firstFrame,
    marks,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    renderer: drewWebgl
      ? 'cytoscape webgl'
      : webgl
        ? 'cytoscape canvas (webgl refused)'
        : 'cytoscape canvas',
    surfaces: surfaces(),
  };

  const renderer = rendererOf(cy);
  const fitted = { zoom: cy.zoom(), pan: cy.pan() };
  const extent = cy.extent();
  const side = Math.max(extent.w, extent.h);
  const centre = { x: extent.x1 + extent.w / 2, y: extent.y1 + extent.h / 2 };
  const api: PageApi = {
    async panZoom(durationMs) {
      const drawMs: number[] = [];
      let seen = renderer.redrawCount ?? 0;
      const frames = await animateCamera(durationMs, ({ dx, dy, zoom }) => {
        if ((renderer.redrawCount ?? 0) > seen) {
          seen = renderer.redrawCount ?? 0;
          drawMs.push(renderer.lastRedrawTime ?? Number.NaN);
        }
        const z = fitted.zoom * zoom;
        const x = centre.x + dx * side;
        // sigma's y axis points up, cytoscape's down
        const y = centre.y - dy * side;
        cy.viewport({
          zoom: z,
          pan: { x: container.clientWidth / 2 - z * x, y: container.clientHeight / 2 - z * y },
        });
      });
      return { ...frames, drawMs };
    },
    async click(id) {
      const start = performance.now();
      const node = cy.getElementById(id);
      cy.batch(() => {
        cy.elements().addClass('faded');
        node.closedNeighborhood().removeClass('faded');
        node.connectedEdges().addClass('focused');
        node.addClass('selected-entity');
      });
      const sync = performance.now() - start;
      await afterRedraw(cy);
      return { sync, total: (await afterFrames(1)) - start };
    },
    async clearSelection() {
      cy.batch(() => cy.elements().removeClass('faded focused selected-entity'));
      cy.viewport(fitted);
      await afterFrames(2);
    },
  };
  return { ready, api };
}

const params = new URLSearchParams(window.location.search);
exposeBench(open(params.get('size') ?? '1000', params.get('webgl') === '1'));
