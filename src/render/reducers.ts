// sigma's node and edge reducers: display data from the graph's attributes, the visible sets and
// the current highlight. They run for every item on every render, so they only read
// precomputed sets and tables.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { sourceCount } from '../graph/corroboration';
import {
  CORROBORATION_WIDTHS,
  corroborationWidth,
  THIN_EDGES_ABOVE,
  TONE_COLORS,
  UNTONED_EDGE_COLOR,
} from '../graph/edge-style';
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import type { VisibleSets } from '../state/filters';
import { FORCED_LABELS_MAX, type Highlight } from './highlight';

// The looks shared with the timeline and the legend live in graph/edge-style; re-exported for render/.
export {
  CORROBORATION_WIDTHS,
  corroborationWidth,
  THIN_EDGES_ABOVE,
  TONE_COLORS,
  UNTONED_EDGE_COLOR,
};
export const FADED_NODE_COLOR = '#d5dae1';
export const EDGE_COLOR = '#9aa5b4';
export const FADED_EDGE_COLOR = '#e6e9ee';
export const FOCUSED_EDGE_COLOR = '#3d4a5c';

export type ReducerContext = {
  graph: ParleyGraph;
  highlight: Highlight;
  visible: VisibleSets;
  toneColors: boolean;
  /** Curvature for parallel edges, computed once per graph; absent edges are straight. */
  curvatures: ReadonlyMap<string, number>;
  /** Dense graphs draw every edge as a thin straight line (type "line", no arrowhead). */
  thinEdges: boolean;
};

/**
 * What the reducers add to sigma's display data: whether the item stays in full colour while a
 * highlight shows (the programs of fade-programs.ts draw the others in the faded colour). An
 * item's display data does not depend on whether a highlight shows, only on whether it is in
 * it, so a new highlight re-reduces only the items that enter or leave it.
 */
export type FocusDisplay = { inFocus: boolean };

/**
 * sigma hands each reducer a fresh shallow copy of the attributes (sigma.addNode/addEdge), so
 * the reducers write into it and return it: no second object per item per render.
 */
export function reduceNode(
  ctx: ReducerContext,
  node: string,
  data: NodeAttributes,
): Partial<NodeDisplayData> & FocusDisplay {
  const display = data as NodeAttributes & Partial<NodeDisplayData> & FocusDisplay;
  display.inFocus = false;
  if (!ctx.visible.nodes.has(node)) {
    display.hidden = true;
    return display;
  }
  const { nodes, labelled } = ctx.highlight;
  if (labelled.has(node)) {
    display.highlighted = true;
    display.forceLabel = true;
    display.inFocus = true;
    display.zIndex = 2;
  } else if (nodes?.has(node)) {
    display.inFocus = true;
    display.zIndex = 1;
    // a small neighbourhood shows every name, not only those the label grid would pick
    if (nodes.size <= FORCED_LABELS_MAX) display.forceLabel = true;
  } else {
    display.zIndex = 0;
  }
  return display;
}

function baseEdgeColor(ctx: ReducerContext, data: EdgeAttributes): string {
  if (!ctx.toneColors) return EDGE_COLOR;
  return data.tone ? (TONE_COLORS[data.tone] ?? EDGE_COLOR) : UNTONED_EDGE_COLOR;
}

export function reduceEdge(
  ctx: ReducerContext,
  edge: string,
  data: EdgeAttributes,
): Partial<EdgeDisplayData> & FocusDisplay & { curvature?: number } {
  const { graph, highlight, visible, curvatures } = ctx;
  const display = data as unknown as Partial<EdgeDisplayData> &
    FocusDisplay & { curvature?: number };
  const focused = highlight.edges?.has(edge) ?? false;
  display.inFocus = focused;
  if (!visible.edges.has(edge)) {
    display.hidden = true;
    return display;
  }
  const curvature = curvatures.get(edge);
  const directed = graph.isDirected(edge);
  display.type = ctx.thinEdges
    ? 'line'
    : curvature === undefined
      ? directed
        ? 'arrow'
        : 'line'
      : directed
        ? 'curvedArrow'
        : 'curved';
  const showLabel = highlight.labelledEdge === edge;
  display.color = focused && !ctx.toneColors ? FOCUSED_EDGE_COLOR : baseEdgeColor(ctx, data);
  display.curvature = curvature ?? 0;
  const width = corroborationWidth(sourceCount(data.evidence)) + (ctx.toneColors ? 0.4 : 0);
  display.size = focused ? Math.max(2.5, width + 0.6) : width;
  display.zIndex = focused ? 1 : 0;
  display.label = showLabel ? data.label : '';
  display.forceLabel = showLabel;
  return display;
}
