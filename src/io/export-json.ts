// The JSON export (DESIGN §3): graphology's serialization format, which `Graph.from` reads back.
// The browser's Export button and `npm run export` both call this.
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';

export type ExportDocument = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type ExportScope = {
  /** Keep only these nodes (and the edges between them); all nodes when absent. */
  nodes?: ReadonlySet<string>;
  /** Keep only these edges; all edges between kept nodes when absent. */
  edges?: ReadonlySet<string>;
};

export function exportGraph(graph: ParleyGraph, scope: ExportScope = {}): ExportDocument {
  const full = graph.export();
  const { nodes: keepNodes, edges: keepEdges } = scope;
  return {
    attributes: full.attributes,
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: keepNodes ? full.nodes.filter((n) => keepNodes.has(n.key)) : full.nodes,
    edges: full.edges.filter(
      (e) =>
        (!keepNodes || (keepNodes.has(e.source) && keepNodes.has(e.target))) &&
        (!keepEdges || (e.key !== undefined && keepEdges.has(e.key))),
    ),
  };
}

/** Above this many edges the JSON is written without indentation: a person does not read a
 * 500k-edge file by eye, and indenting it costs about a third of the export time and size. */
export const INDENT_MAX_EDGES = 50_000;

export function exportJsonText(graph: ParleyGraph, scope: ExportScope = {}): string {
  const indent = graph.size > INDENT_MAX_EDGES ? undefined : 2;
  return `${JSON.stringify(exportGraph(graph, scope), null, indent)}\n`;
}
