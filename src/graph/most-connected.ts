// A small read-only summary of a graph: the most connected entities (the Details panel's starting
// points). Counts per kind come with the derived view (state/derive-view).
import type { ParleyGraph } from './types';

/** The n entities with the most distinct neighbours (ties by label), as starting points. */
export function mostConnected(graph: ParleyGraph, n: number): string[] {
  return graph
    .nodes()
    .map((node) => ({
      node,
      degree: graph.neighbors(node).length,
      label: graph.getNodeAttribute(node, 'label'),
    }))
    .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label))
    .slice(0, n)
    .map((x) => x.node);
}
