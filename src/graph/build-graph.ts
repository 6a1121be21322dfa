// Dataset → graphology multi-graph with the attributes of DESIGN §3: colour by kind,
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

/** Sizes nodes by the square root of their number of distinct neighbours, between MIN and MAX. */
export function assignSizes(graph: ParleyGraph): void {
  // one neighbour count per node (graph.neighbors builds an array: the old code built it twice)
  const counts = new Map<string, number>();
  graph.forEachNode((node) => {
    counts.set(node, graph.neighbors(node).length);
  });
  sizeByNeighbours(graph, counts);
}

function sizeByNeighbours(graph: ParleyGraph, counts: ReadonlyMap<string, number>): void {
  let maxNeighbours = 1;
  for (const count of counts.values()) if (count > maxNeighbours) maxNeighbours = count;
  graph.updateEachNodeAttributes((node, attributes) => {
    attributes.size =
      MIN_NODE_SIZE +
      (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt((counts.get(node) ?? 0) / maxNeighbours);
    return attributes;
  });
}

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
  sizeByNeighbours(graph, counts);
  if (options.layout !== false) assignLayout(graph, options.layout ?? {});
  return graph;
}
