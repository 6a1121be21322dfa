// What stands out on the canvas, computed once when the hovered or selected item changes,
// never per frame: the focus nodes, their neighbours, and the edges that touch the focus.

import type { ParleyGraph } from '../graph/types';
import type { AppState } from '../state/app-state';

export type Highlight = {
  /** Nodes drawn in full colour; null when nothing is focused (everything is). */
  nodes: ReadonlySet<string> | null;
  /** Edges drawn in full; null when nothing is focused. */
  edges: ReadonlySet<string> | null;
  /** Nodes whose label is always drawn (the selection and the hovered node). */
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

export function computeHighlight(graph: ParleyGraph, state: AppState): Highlight {
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
