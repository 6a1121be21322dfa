// The graph an import builds: graphology's mixed multigraph with self-loops allowed, since files
// from other tools (and Save dataset of them) hold relations of an entity with itself.
// (createEmptyGraph in graph/build-graph.ts still refuses self-loops; until it allows them the
// importers make their graphs here, and a dataset's self-loops are added after buildGraph.)
import { MultiGraph } from 'graphology';
import type { Dataset } from '../data/schema';
import { type BuildOptions, buildGraph } from '../graph/build-graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';

export function createImportGraph(attributes: GraphAttributes): ParleyGraph {
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'mixed',
    allowSelfLoops: true,
  });
  graph.replaceAttributes(attributes);
  return graph;
}

/** buildGraph, keeping the dataset's self-loops (in the dataset's order of relations). */
export function buildDatasetGraph(dataset: Dataset, options: BuildOptions = {}): ParleyGraph {
  const loops = dataset.relations.filter((r) => r.source === r.target);
  if (loops.length === 0) return buildGraph(dataset, options);
  const others = dataset.relations.filter((r) => r.source !== r.target);
  const built = buildGraph({ ...dataset, relations: others }, options);
  const graph = createImportGraph(built.getAttributes());
  built.forEachNode((node, attributes) => {
    graph.addNode(node, attributes);
  });
  for (const { id, source, target, directed, ...attributes } of dataset.relations) {
    const edgeAttributes = source === target ? attributes : built.getEdgeAttributes(id);
    if (directed) graph.addDirectedEdgeWithKey(id, source, target, edgeAttributes);
    else graph.addUndirectedEdgeWithKey(id, source, target, edgeAttributes);
  }
  return graph;
}
