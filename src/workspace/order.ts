// The order of a workspace's entities and relations, kept apart from graphology's insertion
// order. A relation taken out and put back (a merge undone, a removal undone) comes back at the
// end of graphology's order but keeps its rank here, so Save dataset and the exports list every
// item where it was: a merge undone gives back the very same file.
import type { ParleyGraph } from '../graph/types';

export type ItemOrder = {
  placeNode(key: string, rank: number): void;
  placeEdge(key: string, rank: number): void;
  removeNode(key: string): void;
  removeEdge(key: string): void;
  nodeRank(key: string): number;
  edgeRank(key: string): number;
  /** The rank a node or edge added now gets. */
  nextNodeRank(): number;
  nextEdgeRank(): number;
};

export function createItemOrder(graph: ParleyGraph): ItemOrder {
  const nodes = new Map<string, number>();
  const edges = new Map<string, number>();
  graph.forEachNode((key) => {
    nodes.set(key, nodes.size);
  });
  graph.forEachEdge((key) => {
    edges.set(key, edges.size);
  });
  let nextNode = nodes.size;
  let nextEdge = edges.size;
  const rankOf = (ranks: Map<string, number>, key: string) => {
    const rank = ranks.get(key);
    if (rank === undefined) throw new Error(`ItemOrder: no rank for "${key}"`);
    return rank;
  };
  return {
    placeNode(key, rank) {
      nodes.set(key, rank);
      nextNode = Math.max(nextNode, rank + 1);
    },
    placeEdge(key, rank) {
      edges.set(key, rank);
      nextEdge = Math.max(nextEdge, rank + 1);
    },
    removeNode: (key) => void nodes.delete(key),
    removeEdge: (key) => void edges.delete(key),
    nodeRank: (key) => rankOf(nodes, key),
    edgeRank: (key) => rankOf(edges, key),
    nextNodeRank: () => nextNode,
    nextEdgeRank: () => nextEdge,
  };
}

function ascending(keys: Iterable<string>, rank: (key: string) => number): boolean {
  let last = -1;
  for (const key of keys) {
    const r = rank(key);
    if (r < last) return false;
    last = r;
  }
  return true;
}

/**
 * The graph with its nodes and edges in workspace order: the graph itself when graphology's
 * order already is (the usual case), else a copy built in that order.
 */
export function inWorkspaceOrder(graph: ParleyGraph, order: ItemOrder): ParleyGraph {
  const nodesInOrder = ascending(graph.nodes(), order.nodeRank);
  const edgesInOrder = ascending(graph.edges(), order.edgeRank);
  if (nodesInOrder && edgesInOrder) return graph;
  const copy = graph.nullCopy();
  copy.replaceAttributes(structuredClone(graph.getAttributes()));
  const nodes = graph.nodes().sort((a, b) => order.nodeRank(a) - order.nodeRank(b));
  for (const node of nodes) copy.addNode(node, structuredClone(graph.getNodeAttributes(node)));
  const edges = graph.edges().sort((a, b) => order.edgeRank(a) - order.edgeRank(b));
  for (const edge of edges) {
    const attributes = structuredClone(graph.getEdgeAttributes(edge));
    const [source, target] = graph.extremities(edge);
    if (graph.isUndirected(edge)) copy.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else copy.addDirectedEdgeWithKey(edge, source, target, attributes);
  }
  return copy;
}
