// What stands out on the canvas, computed once when the hovered or selected item (or the path)
// changes, never per frame: the focus nodes, their neighbours, and the edges that touch them.
import type { ParleyGraph } from '../graph/types';
import type { AppState } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';

/** Up to this many highlighted nodes, all of their labels are drawn. */
export const FORCED_LABELS_MAX = 40;

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
  const highlight = highlightOf(graph, state, view);
  return highlight.nodes && highlight.edges ? withEdgeEnds(graph, highlight) : highlight;
}

/** A highlighted edge is drawn with both its ends in full colour, even off a path's stops. */
function withEdgeEnds(graph: ParleyGraph, highlight: Highlight): Highlight {
  const nodes = new Set(highlight.nodes);
  for (const edge of highlight.edges ?? []) {
    if (!graph.hasEdge(edge)) continue;
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  return nodes.size === highlight.nodes?.size ? highlight : { ...highlight, nodes };
}

function highlightOf(graph: ParleyGraph, state: AppState, view: DerivedView): Highlight {
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

/**
 * The items whose display changes from one highlight to the next: those that enter it or leave
 * it, with the labelled ones and the labelled edge of either. Everything else is drawn the same
 * (faded or not is the programs' uniform), so only these are re-reduced.
 */
export function changedByHighlight(
  previous: Highlight,
  next: Highlight,
): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const h of [previous, next]) {
    for (const node of h.nodes ?? []) nodes.add(node);
    for (const node of h.labelled) nodes.add(node);
    for (const edge of h.edges ?? []) edges.add(edge);
    if (h.labelledEdge) edges.add(h.labelledEdge);
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/** The nodes whose names an overlay draws: the labelled ones, then the biggest, up to FORCED_LABELS_MAX. */
export function labelledNodes(highlight: Highlight, sizeOf: (node: string) => number): Set<string> {
  const names = new Set(highlight.labelled);
  const rest = [...(highlight.nodes ?? [])].filter((n) => !names.has(n));
  rest.sort((a, b) => sizeOf(b) - sizeOf(a));
  for (const node of rest.slice(0, Math.max(0, FORCED_LABELS_MAX - names.size))) names.add(node);
  return names;
}
