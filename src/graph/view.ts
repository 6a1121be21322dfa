// Small read-only summaries of a graph: entities per kind (legend, filters, path finder) and the
// most connected entities (the Details panel's starting points).
import type { ParleyGraph } from './types';

/** How many entities of each kind the graph holds, in first-seen order. */
export function countByKind(graph: ParleyGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, { kind }) => counts.set(kind, (counts.get(kind) ?? 0) + 1));
  return counts;
}

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
