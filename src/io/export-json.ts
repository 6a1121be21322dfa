// The JSON export: graphology's serialization format, which `Graph.from` reads back.
// The browser's Export button and `npm run export` both call this. The text is written in chunks
// straight from the graph, each node and edge as `JSON.stringify` of the document would write it.
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { CHUNK_CHARS, joinChunks } from './text-chunks';

export type ExportDocument = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type ExportScope = {
  /** Keep only these nodes (and the edges between them); all nodes when absent. */
  nodes?: ReadonlySet<string>;
  /** Keep only these edges; all edges between kept nodes when absent. */
  edges?: ReadonlySet<string>;
};

const OPTIONS = { type: 'mixed', multi: true, allowSelfLoops: true } as const;

export function exportGraph(graph: ParleyGraph, scope: ExportScope = {}): ExportDocument {
  const full = graph.export();
  const { nodes: keepNodes, edges: keepEdges } = scope;
  return {
    attributes: full.attributes,
    options: OPTIONS,
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
  return joinChunks(exportJsonChunks(graph, scope));
}

/** Whether an object has a key, as graphology's export decides to write `attributes`. */
function hasKeys(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

/**
 * A list of elements inside the document's object, as `JSON.stringify(document, null, indent)`
 * writes it (`[a,b]`; indented, each element on its own line at depth 2). Elements are written a
 * batch at a time by one `JSON.stringify` of an array, each batch one chunk of about CHUNK_CHARS.
 */
class ListWriter {
  private batch: object[] = [];
  private batchSize = 64;
  private written = 0;
  constructor(private readonly indented: boolean) {}

  /** Adds an element; returns the batch's text once the batch is full. */
  add(element: object): string | null {
    this.batch.push(element);
    return this.batch.length >= this.batchSize ? this.flush() : null;
  }

  /** The text of the elements added since the last one, with the separator before them. */
  flush(): string {
    if (this.batch.length === 0) return '';
    const list = this.indented
      ? JSON.stringify(this.batch, null, 2).slice(1, -2).replaceAll('\n', '\n  ')
      : JSON.stringify(this.batch).slice(1, -1);
    const text = this.written === 0 ? list : `,${list}`;
    this.written += this.batch.length;
    // the next batch holds about CHUNK_CHARS characters if its elements are like these
    const size = Math.round((this.batch.length * CHUNK_CHARS) / text.length);
    this.batchSize = Math.min(65_536, Math.max(16, size));
    this.batch = [];
    return text;
  }

  close(): string {
    return this.indented && this.written > 0 ? '\n  ]' : ']';
  }
}

/** The JSON export in chunks of about CHUNK_CHARS characters; `exportJsonText` is their join. */
export function* exportJsonChunks(
  graph: ParleyGraph,
  scope: ExportScope = {},
): Generator<string, void, undefined> {
  const indented = graph.size <= INDENT_MAX_EDGES;
  const { nodes: keepNodes, edges: keepEdges } = scope;
  const head = JSON.stringify(
    { attributes: graph.getAttributes(), options: OPTIONS },
    null,
    indented ? 2 : undefined,
  );
  // the head without its closing brace, then the lists, elements as graphology's export has them
  yield `${head.slice(0, indented ? -2 : -1)},${indented ? '\n  "nodes": [' : '"nodes":['}`;
  const nodes = new ListWriter(indented);
  for (const { node, attributes } of graph.nodeEntries()) {
    if (keepNodes && !keepNodes.has(node)) continue;
    const text = nodes.add(hasKeys(attributes) ? { key: node, attributes } : { key: node });
    if (text !== null) yield text;
  }
  yield `${nodes.flush()}${nodes.close()},${indented ? '\n  "edges": [' : '"edges":['}`;
  const edges = new ListWriter(indented);
  const markUndirected = graph.type === 'mixed';
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    if (keepNodes && !(keepNodes.has(source) && keepNodes.has(target))) continue;
    if (keepEdges && !keepEdges.has(edge)) continue;
    const element: Record<string, unknown> = { key: edge, source, target };
    if (hasKeys(attributes)) element.attributes = attributes;
    if (markUndirected && undirected) element.undirected = true;
    const text = edges.add(element);
    if (text !== null) yield text;
  }
  yield `${edges.flush()}${edges.close()}${indented ? '\n}' : '}'}\n`;
}
