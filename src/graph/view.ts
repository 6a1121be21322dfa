// The current view: the part of the graph a person sees after hiding kinds. Filtering hides,
// never deletes; the export of the view and the legend counts read from here.
import type { ParleyGraph } from './types';

/** Nodes whose kind is not hidden; undefined when nothing is hidden (the whole graph). */
export function visibleNodes(
  graph: ParleyGraph,
  hiddenKinds: ReadonlySet<string>,
): Set<string> | undefined {
  if (hiddenKinds.size === 0) return undefined;
  return new Set(graph.filterNodes((_node, attributes) => !hiddenKinds.has(attributes.kind)));
}

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
