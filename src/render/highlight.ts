// What stands out on the canvas, computed once when the hovered or selected item (or the path)
// changes, never per frame: the focus nodes, their neighbours, and the edges that touch them.
import { MultiGraph } from 'graphology';
import type { ParleyGraph } from '../graph/types';
import type { AppState } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';

export type Highlight = {
  /** Nodes drawn in full colour; null when nothing is focused (everything is). */
  nodes: ReadonlySet<string> | null;
  /** Edges drawn in full; null when nothing is focused. */
  edges: ReadonlySet<string> | null;
  /** Nodes whose label is always drawn (the selection, the hovered node, a path's stops). */
  labelled: ReadonlySet<string>;
  /** The edge whose label shows (hovered, else selected). */
  labelledEdge: string | null;
};

export const NO_HIGHLIGHT: Highlight = {
  nodes: null,
  edges: null,
  labelled: new Set(),
  labelledEdge: null,
};

export function computeHighlight(
  graph: ParleyGraph,
  state: AppState,
  view: DerivedView,
): Highlight {
  const { selection, hoveredNode, hoveredEdge } = state;
  const selectedEdge =
    selection?.type === 'relation' && graph.hasEdge(selection.id) ? selection.id : null;
  const selectedNode =
    selection?.type === 'entity' && graph.hasNode(selection.id) ? selection.id : null;
  const focusNode = hoveredNode && graph.hasNode(hoveredNode) ? hoveredNode : selectedNode;
  const labelledEdge = hoveredEdge && graph.hasEdge(hoveredEdge) ? hoveredEdge : selectedEdge;

  const labelled = new Set<string>();
  if (selectedNode) labelled.add(selectedNode);
  if (focusNode) labelled.add(focusNode);

  if (!hoveredNode && hoveredEdge && graph.hasEdge(hoveredEdge)) {
    // an edge hovered on the canvas or in the timeline: it and its two ends stand out
    const ends = graph.extremities(hoveredEdge);
    for (const end of ends) labelled.add(end);
    return { nodes: new Set(ends), edges: new Set([hoveredEdge]), labelled, labelledEdge };
  }
  if (hoveredNode && focusNode) {
    const nodes = new Set<string>([focusNode, ...graph.neighbors(focusNode)]);
    const edges = new Set<string>(graph.edges(focusNode));
    return { nodes, edges, labelled, labelledEdge };
  }
  if (view.pathNodes.size > 0) {
    for (const n of view.pathNodes) labelled.add(n);
    const edges = new Set(view.pathEdges);
    if (labelledEdge) edges.add(labelledEdge);
    return { nodes: view.pathNodes, edges, labelled, labelledEdge };
  }
  if (focusNode) {
    const nodes = new Set<string>([focusNode, ...graph.neighbors(focusNode)]);
    const edges = new Set<string>(graph.edges(focusNode));
    if (labelledEdge) edges.add(labelledEdge);
    return { nodes, edges, labelled, labelledEdge };
  }
  if (selectedEdge) {
    const ends = graph.extremities(selectedEdge);
    for (const end of ends) labelled.add(end);
    return { nodes: new Set(ends), edges: new Set([selectedEdge]), labelled, labelledEdge };
  }
  return { ...NO_HIGHLIGHT, labelled, labelledEdge };
}

/** The highlighted items as a small graph: nodes, edges, and the ends of those edges. */
export function highlightSubgraph(graph: ParleyGraph, highlight: Highlight): ParleyGraph {
  const sub: ParleyGraph = new MultiGraph({ type: 'mixed' });
  const addNode = (node: string) => {
    if (!sub.hasNode(node) && graph.hasNode(node)) sub.addNode(node, graph.getNodeAttributes(node));
  };
  for (const node of highlight.nodes ?? []) addNode(node);
  for (const node of highlight.labelled) addNode(node);
  for (const edge of highlight.edges ?? []) {
    if (!graph.hasEdge(edge) || sub.hasEdge(edge)) continue;
    const [source, target] = graph.extremities(edge);
    addNode(source);
    addNode(target);
    const attributes = graph.getEdgeAttributes(edge);
    if (graph.isDirected(edge)) sub.addDirectedEdgeWithKey(edge, source, target, attributes);
    else sub.addUndirectedEdgeWithKey(edge, source, target, attributes);
  }
  return sub;
}
