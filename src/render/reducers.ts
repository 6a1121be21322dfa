// sigma's node and edge reducers: what the visible sets and the current highlight change in an
// item's display data. They run for every item sigma processes, so they only read precomputed
// sets and tables, and return a few fields.
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
  /** Dense graphs draw every edge as a thin straight line, without arrowheads. */
  thinEdges: boolean;
};

/** sigma's depth layers, back to front: a highlighted item is drawn above the others. */
export const DEPTH = {
  edges: 'edges',
  topEdges: 'topEdges',
  nodes: 'nodes',
  topNodes: 'topNodes',
} as const;

const HIDDEN = { visibility: 'hidden' } as const;

/**
 * What a node looks like beyond its own attributes (which sigma's styles read: position, size,
 * colour, name): hidden when filtered out; while a highlight shows, drawn above the rest with its
 * name when in it, in the faded colour without a name when not. sigma merges what this returns
 * into its own display data, so the graph's attributes are never written.
 */
export function reduceNode(ctx: ReducerContext, node: string): Partial<NodeDisplayData> {
  if (!ctx.visible.nodes.has(node)) return HIDDEN;
  const { nodes, labelled } = ctx.highlight;
  if (labelled.has(node))
    return {
      depth: DEPTH.topNodes,
      zIndex: 1,
      labelVisibility: 'visible',
      backdropVisibility: 'visible',
    };
  if (nodes?.has(node))
    return {
      depth: DEPTH.topNodes,
      zIndex: 0,
      // a small neighbourhood shows every name, not only those the label grid would pick
      labelVisibility: nodes.size <= FORCED_LABELS_MAX ? 'visible' : 'auto',
    };
  if (nodes) return { color: FADED_NODE_COLOR, labelVisibility: 'hidden' };
  return {};
}

function baseEdgeColor(ctx: ReducerContext, data: EdgeAttributes): string {
  if (!ctx.toneColors) return EDGE_COLOR;
  return data.tone ? (TONE_COLORS[data.tone] ?? EDGE_COLOR) : UNTONED_EDGE_COLOR;
}

/**
 * What a relation looks like: its colour (by tone when asked), its width (by how many sources back
 * it), an arrowhead when directed; above the rest and thicker when in the highlight, faded when a
 * highlight shows without it; its label only when hovered or selected. Parallel relations are
 * curved apart by sigma itself (the `parallelPath` style).
 */
export function reduceEdge(
  ctx: ReducerContext,
  edge: string,
  data: EdgeAttributes,
): Partial<EdgeDisplayData> {
  const { graph, highlight, visible } = ctx;
  if (!visible.edges.has(edge)) return HIDDEN;
  const focused = highlight.edges?.has(edge) ?? false;
  const faded = highlight.nodes !== null && !focused;
  const showLabel = highlight.labelledEdge === edge;
  const width = corroborationWidth(sourceCount(data.evidence)) + (ctx.toneColors ? 0.4 : 0);
  return {
    head: !ctx.thinEdges && graph.isDirected(edge) ? 'arrow' : 'none',
    color: faded
      ? FADED_EDGE_COLOR
      : focused && !ctx.toneColors
        ? FOCUSED_EDGE_COLOR
        : baseEdgeColor(ctx, data),
    size: focused ? Math.max(2.5, width + 0.6) : width,
    depth: focused ? DEPTH.topEdges : DEPTH.edges,
    label: showLabel ? data.label : '',
    labelVisibility: showLabel ? 'visible' : 'hidden',
  };
}
