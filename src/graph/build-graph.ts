// Dataset → graphology multi-graph with its display attributes: colour by kind,
// size by the number of distinct neighbours, and a deterministic layout. Shared by app and CLI.
import { MultiGraph } from 'graphology';
import type { Dataset } from '../data/schema';
import { assignLayout, type LayoutSettings } from './layout';
import { colorForKind } from './palette';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from './types';

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 20;

export type BuildOptions = { layout?: Partial<LayoutSettings> | false };

export function createEmptyGraph(attributes: GraphAttributes): ParleyGraph {
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'mixed',
    allowSelfLoops: true,
  });
  graph.replaceAttributes(attributes);
  return graph;
}

/** The size of a node with `neighbours` distinct neighbours: by square root, between MIN and MAX. */
export function nodeSize(neighbours: number, maxNeighbours: number): number {
  const share = maxNeighbours > 0 ? neighbours / maxNeighbours : 0;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(share);
}

/** Every node's size by its number of distinct neighbours, the most connected at MAX_NODE_SIZE. */
export function nodeSizes(graph: ParleyGraph): Map<string, number> {
  // one neighbour count per node (graph.neighbors builds an array)
  const counts = new Map<string, number>();
  graph.forEachNode((node) => {
    counts.set(node, graph.neighbors(node).length);
  });
  return sizesFromCounts(counts);
}

function sizesFromCounts(counts: ReadonlyMap<string, number>): Map<string, number> {
  let maxNeighbours = 1;
  for (const count of counts.values()) if (count > maxNeighbours) maxNeighbours = count;
  const sizes = new Map<string, number>();
  for (const [node, count] of counts) sizes.set(node, nodeSize(count, maxNeighbours));
  return sizes;
}

/** Sizes nodes by the square root of their number of distinct neighbours, between MIN and MAX. */
export function assignSizes(graph: ParleyGraph): void {
  setSizes(graph, nodeSizes(graph));
}

function setSizes(graph: ParleyGraph, sizes: ReadonlyMap<string, number>): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    attributes.size = sizes.get(node) ?? MIN_NODE_SIZE;
    return attributes;
  });
}

/**
 * graphology keeps each node's neighbours in three plain objects keyed by neighbour (`in`, `out`,
 * `undirected`). V8 gives an object filled key by key a hidden class per distinct sequence of keys,
 * so 500k edges make millions of them (most of building a big graph, and of its garbage). An object
 * in dictionary mode has none: each of a node's three objects is switched to it before its edges
 * go in, by adding two keys and deleting the first (which V8 cannot undo by a map transition).
 * Only what graphology sees stays the same: the objects keep their identity, prototype and (empty)
 * contents. When graphology's node records do not look as expected, nothing is touched.
 */
export function useDictionaryAdjacency(graph: ParleyGraph): void {
  const nodes: unknown = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  for (const data of nodes.values() as Iterable<Record<string, unknown>>) {
    for (const side of ADJACENCY) {
      const index = data[side];
      if (typeof index !== 'object' || index === null) continue;
      const keys = index as Record<string, unknown>;
      let empty = true;
      for (const _ in keys) empty = false;
      if (!empty) continue;
      keys[SCRATCH_A] = 0;
      keys[SCRATCH_B] = 0;
      delete keys[SCRATCH_A];
      delete keys[SCRATCH_B];
    }
  }
}
const ADJACENCY = ['in', 'out', 'undirected'] as const;
// never node ids: ids start with a letter or digit
const SCRATCH_A = '\u0000a';
const SCRATCH_B = '\u0000b';

export function buildGraph(dataset: Dataset, options: BuildOptions = {}): ParleyGraph {
  const graph = createEmptyGraph({
    title: dataset.title,
    schemaVersion: dataset.schemaVersion,
    sources: dataset.sources,
  });
  for (const { id, ...entity } of dataset.entities) {
    graph.addNode(id, {
      ...entity,
      x: 0,
      y: 0,
      size: MIN_NODE_SIZE,
      color: colorForKind(entity.kind),
    });
  }
  useDictionaryAdjacency(graph);
  // distinct neighbours counted as the edges go in: a pair counts once, on its first edge
  const counts = new Map<string, number>();
  for (const { id, source, target, directed, ...attributes } of dataset.relations) {
    // (a missing end is left to addEdge, whose error names it)
    const known = graph.hasNode(source) && graph.hasNode(target);
    if (known && !graph.areNeighbors(source, target)) {
      counts.set(source, (counts.get(source) ?? 0) + 1);
      counts.set(target, (counts.get(target) ?? 0) + 1);
    }
    if (directed) graph.addDirectedEdgeWithKey(id, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(id, source, target, attributes);
  }
  setSizes(graph, sizesFromCounts(counts));
  if (options.layout !== false) assignLayout(graph, options.layout ?? {});
  return graph;
}
