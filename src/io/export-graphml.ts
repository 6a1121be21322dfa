// The GraphML export: <key> declarations typed string/double/boolean/int, one <data> per
// attribute, each edge's id. Lists and objects (aliases, roles, evidence, sources) are JSON text.
// Colour is written twice: `color` (#rrggbb) and Gephi's r/g/b integers. Direction: the graph's
// `edgedefault` when every edge agrees; a graph that mixes both is written `edgedefault="directed"`
// with a boolean `directed` <data> on every edge, since readers that hold one kind of graph
// (NetworkX) refuse a `directed="false"` edge there; Parley's import restores each direction.
// Written straight from the graph in chunks (text-chunks.ts).
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import type { ExportScope } from './export-json';
import { ChunkBuilder, joinChunks } from './text-chunks';
import { escapeXml } from './xml-text';

type KeyType = 'string' | 'double' | 'boolean' | 'int';
type KeyDeclaration = {
  id: string;
  domain: 'graph' | 'node' | 'edge';
  name: string;
  type: KeyType;
};

const KEYS: readonly KeyDeclaration[] = [
  { id: 'graph-title', domain: 'graph', name: 'title', type: 'string' },
  { id: 'graph-sources', domain: 'graph', name: 'sources', type: 'string' },
  { id: 'label', domain: 'node', name: 'label', type: 'string' },
  { id: 'kind', domain: 'node', name: 'kind', type: 'string' },
  { id: 'aliases', domain: 'node', name: 'aliases', type: 'string' },
  { id: 'description', domain: 'node', name: 'description', type: 'string' },
  { id: 'roles', domain: 'node', name: 'roles', type: 'string' },
  { id: 'x', domain: 'node', name: 'x', type: 'double' },
  { id: 'y', domain: 'node', name: 'y', type: 'double' },
  { id: 'size', domain: 'node', name: 'size', type: 'double' },
  { id: 'color', domain: 'node', name: 'color', type: 'string' },
  { id: 'r', domain: 'node', name: 'r', type: 'int' },
  { id: 'g', domain: 'node', name: 'g', type: 'int' },
  { id: 'b', domain: 'node', name: 'b', type: 'int' },
  { id: 'edge-label', domain: 'edge', name: 'label', type: 'string' },
  { id: 'edge-kind', domain: 'edge', name: 'kind', type: 'string' },
  { id: 'edge-date', domain: 'edge', name: 'date', type: 'string' },
  { id: 'edge-dateApproximate', domain: 'edge', name: 'dateApproximate', type: 'boolean' },
  { id: 'edge-tone', domain: 'edge', name: 'tone', type: 'string' },
  { id: 'edge-evidence', domain: 'edge', name: 'evidence', type: 'string' },
  { id: 'edge-directed', domain: 'edge', name: 'directed', type: 'boolean' },
];

type Data = [keyId: string, value: string | number | boolean | undefined];

/** `#1f5fa8` → [31, 95, 168]; null for colours that are not six-digit hex. */
function rgb(color: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return null;
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

function nodeData(attributes: NodeAttributes): Data[] {
  const channels = rgb(attributes.color);
  return [
    ['label', attributes.label],
    ['kind', attributes.kind],
    ['aliases', JSON.stringify(attributes.aliases)],
    ['description', attributes.description],
    ['roles', attributes.roles && JSON.stringify(attributes.roles)],
    ['x', attributes.x],
    ['y', attributes.y],
    ['size', attributes.size],
    ['color', attributes.color],
    ['r', channels?.[0]],
    ['g', channels?.[1]],
    ['b', channels?.[2]],
  ];
}

function edgeData(attributes: EdgeAttributes, directed: boolean | undefined): Data[] {
  return [
    ['edge-label', attributes.label],
    ['edge-kind', attributes.kind],
    ['edge-date', attributes.date],
    ['edge-dateApproximate', attributes.dateApproximate],
    ['edge-tone', attributes.tone],
    ['edge-evidence', JSON.stringify(attributes.evidence)],
    ['edge-directed', directed],
  ];
}

/** One `<data>` line (and its line break) per attribute that has a value. */
function dataLines(data: readonly Data[], indent: string): string {
  let text = '';
  for (const [key, value] of data) {
    if (value !== undefined)
      text += `${indent}<data key="${key}">${escapeXml(String(value))}</data>\n`;
  }
  return text;
}

/** Whether an object has a key, as graphology's export decides to write `attributes`. */
function hasKeys(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

export function exportGraphml(graph: ParleyGraph, scope: ExportScope = {}): string {
  return joinChunks(exportGraphmlChunks(graph, scope));
}

/** The GraphML export in chunks of about CHUNK_CHARS characters; `exportGraphml` is their join. */
export function* exportGraphmlChunks(
  graph: ParleyGraph,
  scope: ExportScope = {},
): Generator<string, void, undefined> {
  const { nodes: keepNodes, edges: keepEdges } = scope;
  const keepEdge = (edge: string, source: string, target: string) =>
    (!keepNodes || (keepNodes.has(source) && keepNodes.has(target))) &&
    (!keepEdges || keepEdges.has(edge));
  // an edge is undirected as graphology's export marks it (only in a mixed graph)
  const marksUndirected = graph.type === 'mixed';
  let edgeCount = 0;
  let undirected = 0;
  graph.forEachEdge((edge, _a, source, target, _s, _t, isUndirected) => {
    if (!keepEdge(edge, source, target)) return;
    edgeCount++;
    if (marksUndirected && isUndirected) undirected++;
  });
  const mixed = undirected > 0 && undirected < edgeCount;
  const edgeDefault = undirected > 0 && !mixed ? 'undirected' : 'directed';
  const chunk = new ChunkBuilder();
  chunk.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      KEYS.map(
        (k) =>
          `  <key id="${k.id}" for="${k.domain}" attr.name="${k.name}" attr.type="${k.type}"/>\n`,
      ).join('') +
      `  <graph id="G" edgedefault="${edgeDefault}">\n` +
      dataLines(
        [
          ['graph-title', graph.getAttribute('title')],
          ['graph-sources', JSON.stringify(graph.getAttribute('sources') ?? [])],
        ],
        '    ',
      ),
  );
  for (const { node, attributes } of graph.nodeEntries()) {
    if (keepNodes && !keepNodes.has(node)) continue;
    chunk.push(`    <node id="${escapeXml(node)}">\n`);
    if (hasKeys(attributes)) chunk.push(dataLines(nodeData(attributes), '      '));
    chunk.push('    </node>\n');
    if (chunk.full) yield chunk.take();
  }
  for (const {
    edge,
    attributes,
    source,
    target,
    undirected: isUndirected,
  } of graph.edgeEntries()) {
    if (!keepEdge(edge, source, target)) continue;
    chunk.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n`,
    );
    const directed = mixed ? !(marksUndirected && isUndirected) : undefined;
    if (hasKeys(attributes)) chunk.push(dataLines(edgeData(attributes, directed), '      '));
    chunk.push('    </edge>\n');
    if (chunk.full) yield chunk.take();
  }
  chunk.push('  </graph>\n</graphml>\n');
  yield chunk.take();
}
