// The CSV export (RFC 4180): a nodes table and an edges table for spreadsheets. Lists become
// readable text (aliases joined by "; ", evidence as “quote” — source title joined by " | ").
// Text that a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading '.
import type { Role, Source } from '../data/schema';
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { type ExportScope, exportGraph } from './export-json';
import { EDGE_ATTRIBUTE_NAMES, NODE_ATTRIBUTE_NAMES } from './import-attributes';

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

function table(header: readonly string[], rows: string[][]): string {
  return [header.join(','), ...rows.map((row) => row.join(','))]
    .map((line) => line + CRLF)
    .join('');
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

export function exportCsv(
  graph: ParleyGraph,
  scope: ExportScope = {},
): { nodes: string; edges: string } {
  const document = exportGraph(graph, scope);
  const sources = new Map((document.attributes?.sources ?? []).map((s) => [s.id, s]));
  const labelOf = (key: string) =>
    graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
  const nodes = table(
    NODE_COLUMNS,
    document.nodes.flatMap((n) => (n.attributes ? [nodeRow(n.key, n.attributes, labelOf)] : [])),
  );
  const edges = table(
    EDGE_COLUMNS,
    document.edges.flatMap((e) => {
      const a = e.attributes;
      if (!a) return [];
      return [
        [
          csvText(e.key ?? ''),
          csvText(e.source),
          csvText(e.target),
          csvValue(!e.undirected),
          csvText(a.kind),
          csvText(a.label),
          csvText(a.date ?? ''),
          csvValue(a.dateApproximate),
          csvText(a.tone ?? ''),
          csvText(evidenceText(a, sources)),
        ],
      ];
    }),
  );
  return { nodes, edges };
}
