// sigma's node and edge reducers: display data from the graph's attributes and the current
// highlight. They run for every item on every render, so they only read precomputed sets.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import type { Highlight } from './highlight';

export const FADED_NODE_COLOR = '#d5dae1';
export const EDGE_COLOR = '#9aa5b4';
export const FADED_EDGE_COLOR = '#e6e9ee';
export const FOCUSED_EDGE_COLOR = '#3d4a5c';

export type EdgeShape = { curvature: number };

export type ReducerContext = {
  graph: ParleyGraph;
  highlight: Highlight;
  hiddenKinds: ReadonlySet<string>;
  /** Curvature for parallel edges, computed once per graph; absent edges are straight. */
  curvatures: ReadonlyMap<string, number>;
};

export function reduceNode(
  ctx: ReducerContext,
  node: string,
  data: NodeAttributes,
): Partial<NodeDisplayData> {
  if (ctx.hiddenKinds.has(data.kind)) return { ...data, hidden: true };
  const { nodes, labelled } = ctx.highlight;
  if (labelled.has(node)) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
  if (nodes && !nodes.has(node)) return { ...data, color: FADED_NODE_COLOR, label: '', zIndex: 0 };
  return { ...data, zIndex: 1 };
}

export function reduceEdge(
  ctx: ReducerContext,
  edge: string,
  data: EdgeAttributes,
): Partial<EdgeDisplayData> & { curvature?: number } {
  const { graph, highlight, hiddenKinds, curvatures } = ctx;
  const [source, target] = graph.extremities(edge);
  if (
    hiddenKinds.has(graph.getNodeAttribute(source, 'kind')) ||
    hiddenKinds.has(graph.getNodeAttribute(target, 'kind'))
  ) {
    return { hidden: true };
  }
  const curvature = curvatures.get(edge);
  const directed = graph.isDirected(edge);
  const type =
    curvature === undefined ? (directed ? 'arrow' : 'line') : directed ? 'curvedArrow' : 'curved';
  const focused = highlight.edges?.has(edge) ?? false;
  const showLabel = highlight.labelledEdge === edge;
  return {
    type,
    curvature: curvature ?? 0,
    size: focused ? 2 : 1,
    color: highlight.edges === null ? EDGE_COLOR : focused ? FOCUSED_EDGE_COLOR : FADED_EDGE_COLOR,
    zIndex: focused ? 1 : 0,
    label: showLabel ? data.label : '',
    forceLabel: showLabel,
  };
}
