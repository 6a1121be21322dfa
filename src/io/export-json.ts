// The JSON export (DESIGN §3): graphology's serialization format, which `Graph.from` reads back.
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
 * writes it: `[a,b]` unindented; `[`, each element on its own line at depth 2, `]` indented.
 */
class ListWriter {
  private count = 0;
  constructor(private readonly indented: boolean) {}
  /** What goes before the next element. */
  before(): string {
    const first = this.count++ === 0;
    if (!this.indented) return first ? '' : ',';
    return first ? '\n    ' : ',\n    ';
  }
  close(): string {
    return this.indented && this.count > 0 ? '\n  ]' : ']';
  }
}

/** `{"key":…,…}`, or its indented form at depth 2 (members at six spaces) of the document. */
function elementJson(members: [string, unknown][], indented: boolean): string {
  if (!indented) {
    return `{${members.map(([name, value]) => `"${name}":${JSON.stringify(value)}`).join(',')}}`;
  }
  const lines = members.map(
    ([name, value]) => `"${name}": ${JSON.stringify(value, null, 2).replaceAll('\n', '\n      ')}`,
  );
  return `{\n      ${lines.join(',\n      ')}\n    }`;
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
  // the head without its closing brace, then the lists
  let chunk = `${head.slice(0, indented ? -2 : -1)},${indented ? '\n  "nodes": [' : '"nodes":['}`;
  const nodes = new ListWriter(indented);
  for (const { node, attributes } of graph.nodeEntries()) {
    if (keepNodes && !keepNodes.has(node)) continue;
    const members: [string, unknown][] = [['key', node]];
    if (hasKeys(attributes)) members.push(['attributes', attributes]);
    chunk += nodes.before() + elementJson(members, indented);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  chunk += `${nodes.close()},${indented ? '\n  "edges": [' : '"edges":['}`;
  const edges = new ListWriter(indented);
  const markUndirected = graph.type === 'mixed';
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    if (keepNodes && !(keepNodes.has(source) && keepNodes.has(target))) continue;
    if (keepEdges && !keepEdges.has(edge)) continue;
    const members: [string, unknown][] = [
      ['key', edge],
      ['source', source],
      ['target', target],
    ];
    if (hasKeys(attributes)) members.push(['attributes', attributes]);
    if (markUndirected && undirected) members.push(['undirected', true]);
    chunk += edges.before() + elementJson(members, indented);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${edges.close()}${indented ? '\n}' : '}'}\n`;
}
