// The CSV export (RFC 4180): a nodes table and an edges table for spreadsheets. Lists become
// readable text (aliases joined by "; ", evidence as “quote” — source title joined by " | ").
// Text that a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading '.
// Both tables are written straight from the graph in chunks (text-chunks.ts).
import type { Role, Source } from '../data/schema';
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import type { ExportScope } from './export-json';
import { EDGE_ATTRIBUTE_NAMES, NODE_ATTRIBUTE_NAMES } from './import-attributes';
import { ChunkBuilder, joinChunks } from './text-chunks';

/** The node table: the id, then every attribute Parley keeps on a node. */
export const NODE_COLUMNS = ['id', ...NODE_ATTRIBUTE_NAMES] as const;

/** The edge table: id, ends and direction, then every attribute Parley keeps on an edge. */
export const EDGE_COLUMNS = [
  'id',
  'source',
  'target',
  'directed',
  ...EDGE_ATTRIBUTE_NAMES,
] as const;

const CRLF = '\r\n';

/** A text cell: neutralised if a spreadsheet would read it as a formula, then quoted if needed. */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return csvField(safe);
}

/** Quotes a field holding a quote, comma, CR or LF, doubling its quotes (RFC 4180 §2.6–2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Numbers and booleans are Parley's own values, never formulas: written as they are. */
function csvValue(value: number | boolean | undefined): string {
  return value === undefined ? '' : String(value);
}

/** "Minister (Landia, 2025-01 to 2025-06)" for each role, joined by " | ". */
function rolesText(roles: readonly Role[] | undefined, labelOf: (key: string) => string): string {
  return (roles ?? [])
    .map((role) => {
      const details = [
        role.organization === undefined ? null : labelOf(role.organization),
        role.from === undefined && role.to === undefined
          ? null
          : `${role.from ?? '…'} to ${role.to ?? '…'}`,
      ].filter((part): part is string => part !== null);
      return details.length > 0 ? `${role.title} (${details.join(', ')})` : role.title;
    })
    .join(' | ');
}

function nodeRow(key: string, a: NodeAttributes, labelOf: (key: string) => string): string[] {
  return [
    csvText(key),
    csvText(a.label),
    csvText(a.kind),
    csvText(a.aliases.join('; ')),
    csvText(a.description ?? ''),
    csvText(rolesText(a.roles, labelOf)),
    csvValue(a.x),
    csvValue(a.y),
    csvValue(a.size),
    csvText(a.color),
  ];
}

function evidenceText(attributes: EdgeAttributes, sources: ReadonlyMap<string, Source>): string {
  return attributes.evidence
    .map((e) => `“${e.quote}” — ${sources.get(e.source)?.title ?? e.source}`)
    .join(' | ');
}

function edgeRow(
  key: string,
  source: string,
  target: string,
  undirected: boolean,
  a: EdgeAttributes,
  sources: ReadonlyMap<string, Source>,
): string[] {
  return [
    csvText(key),
    csvText(source),
    csvText(target),
    csvValue(!undirected),
    csvText(a.kind),
    csvText(a.label),
    csvText(a.date ?? ''),
    csvValue(a.dateApproximate),
    csvText(a.tone ?? ''),
    csvText(evidenceText(a, sources)),
  ];
}

/** Whether an object has a key, as graphology's export decides to write `attributes`. */
function hasKeys(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

export function exportCsv(
  graph: ParleyGraph,
  scope: ExportScope = {},
): { nodes: string; edges: string } {
  const { nodes, edges } = exportCsvChunks(graph, scope);
  return { nodes: joinChunks(nodes), edges: joinChunks(edges) };
}

/** Both tables in chunks of about CHUNK_CHARS characters, each written as it is read. */
export function exportCsvChunks(
  graph: ParleyGraph,
  scope: ExportScope = {},
): { nodes: Generator<string, void, undefined>; edges: Generator<string, void, undefined> } {
  return { nodes: nodeTableChunks(graph, scope), edges: edgeTableChunks(graph, scope) };
}

function* nodeTableChunks(
  graph: ParleyGraph,
  { nodes: keepNodes }: ExportScope,
): Generator<string, void, undefined> {
  const labelOf = (key: string) =>
    graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
  const chunk = new ChunkBuilder();
  chunk.push(NODE_COLUMNS.join(',') + CRLF);
  for (const { node, attributes } of graph.nodeEntries()) {
    if ((keepNodes && !keepNodes.has(node)) || !hasKeys(attributes)) continue;
    chunk.push(nodeRow(node, attributes, labelOf).join(',') + CRLF);
    if (chunk.full) yield chunk.take();
  }
  yield chunk.take();
}

function* edgeTableChunks(
  graph: ParleyGraph,
  { nodes: keepNodes, edges: keepEdges }: ExportScope,
): Generator<string, void, undefined> {
  const sourceList: readonly Source[] = graph.getAttribute('sources') ?? [];
  const sources = new Map(sourceList.map((s) => [s.id, s]));
  // an edge is undirected as graphology's export marks it (only in a mixed graph)
  const marksUndirected = graph.type === 'mixed';
  const chunk = new ChunkBuilder();
  chunk.push(EDGE_COLUMNS.join(',') + CRLF);
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    if (keepNodes && !(keepNodes.has(source) && keepNodes.has(target))) continue;
    if ((keepEdges && !keepEdges.has(edge)) || !hasKeys(attributes)) continue;
    const row = edgeRow(edge, source, target, marksUndirected && undirected, attributes, sources);
    chunk.push(row.join(',') + CRLF);
    if (chunk.full) yield chunk.take();
  }
  yield chunk.take();
}
