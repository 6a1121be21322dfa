// The records of a nodes table and an edges table (see csv-columns.ts for their columns) →
// loose nodes and edges, with notes on each column read under another name or not kept, and
// the spreadsheet row each record came from.
import { RESERVED_KEYS } from '../data/reserved-keys';
import {
  type ColumnMatch,
  columnKey,
  directionOf,
  EDGE_COLUMN_SYNONYMS,
  type EdgeField,
  matchColumns,
  NODE_COLUMN_SYNONYMS,
  type NodeField,
} from './csv-columns';
import type { CsvTable } from './csv-table';
import type { AttributeScope } from './import-report';
import type { ImportProblem, LooseEdge, LooseNode, ReaderNotes } from './import-types';

const NUMERIC_NODE_FIELDS = new Set<NodeField>(['x', 'y', 'size']);

/** Where each loose node/edge came from, to word problems in rows and columns. */
export type Origin = {
  table: CsvTable;
  rows: number[];
  headerOf: (name: string) => string | null;
};

function cellOf(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

/** The notes every table gives: columns read under another name, repeated, or reserved. */
function columnNotes<F extends string>(
  table: CsvTable,
  match: ColumnMatch<F>,
  scope: AttributeScope,
  canonical: (field: F) => string,
  notes: Required<ReaderNotes>,
): void {
  const count = table.rows.length;
  // in the order of the columns
  const fields = [...match.fields].sort(([, a], [, b]) => a - b);
  for (const [field, index] of fields) {
    const header = table.headers[index] ?? '';
    const name = canonical(field);
    if (columnKey(header) !== columnKey(name)) {
      notes.renamed.push({ scope, from: header, to: name, count });
    }
  }
  for (const header of match.repeated.values()) {
    notes.dropped.push({
      scope,
      name: header,
      count,
      reason: 'an earlier column gives the same field',
    });
  }
  for (const header of match.others.values()) {
    if (header === '' || RESERVED_KEYS.has(header)) {
      notes.dropped.push({
        scope,
        name: header || '(no name)',
        count,
        reason: 'its name is reserved (or empty)',
      });
    }
  }
}

/** Cells of columns that are no Parley field, as attributes under their own header. */
function otherAttributes(
  cells: readonly string[],
  others: Map<number, string>,
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [index, header] of others) {
    if (header === '' || RESERVED_KEYS.has(header)) continue;
    const value = cellOf(cells, index);
    if (value !== '') attributes[header] = value;
  }
  return attributes;
}

export function readNodes(
  table: CsvTable,
  notes: Required<ReaderNotes>,
  problems: ImportProblem[],
): { nodes: LooseNode[]; origin: Origin } {
  const match = matchColumns(table.headers, NODE_COLUMN_SYNONYMS);
  // Kumu names its elements by their label: with no id column, the label is the key.
  const keyField: NodeField = match.fields.has('id') ? 'id' : 'label';
  if (!match.fields.has(keyField)) {
    problems.push({
      file: table.file,
      path: 'row 1',
      message: `no column names the entities: expected one called ${NODE_COLUMN_SYNONYMS.id.map((n) => JSON.stringify(n)).join(', ')} or "label" (any case)`,
    });
  }
  columnNotes(table, match, 'entity', (f) => (f === 'id' ? 'id' : f), notes);
  let textRoles = 0;
  const nodes = table.rows.map(({ row, cells }) => {
    const attributes = otherAttributes(cells, match.others);
    for (const [field, index] of match.fields) {
      if (field === 'id') continue;
      const value = cellOf(cells, index);
      if (value === '') continue;
      if (NUMERIC_NODE_FIELDS.has(field)) {
        const number = Number(value);
        if (!Number.isFinite(number)) {
          const header = JSON.stringify(table.headers[index]);
          problems.push({
            file: table.file,
            path: `row ${row}, column ${header}`,
            message: `${JSON.stringify(value)} is not a number`,
          });
        } else attributes[field] = number;
      } else if (field === 'aliases') {
        // Parley's export joins aliases with "; "; a JSON list is read as one too.
        attributes.aliases = value.startsWith('[')
          ? value
          : value.split(/\s*;\s*/).filter((a) => a !== '');
      } else if (field === 'roles') {
        if (value.startsWith('[')) attributes.roles = value;
        else textRoles++;
      } else attributes[field] = value;
    }
    return { key: cellOf(cells, match.fields.get(keyField)), attributes };
  });
  if (textRoles > 0) {
    notes.dropped.push({
      scope: 'entity',
      name: table.headers[match.fields.get('roles') as number] ?? 'roles',
      count: textRoles,
      reason:
        'roles written as text cannot be read back into titles, organisations and dates (the JSON, GEXF and GraphML exports keep them)',
    });
  }
  const headerOf = (name: string) => {
    const field = (name === 'id' ? keyField : name) as NodeField;
    const index = match.fields.get(field);
    return index === undefined ? null : (table.headers[index] ?? null);
  };
  return { nodes, origin: { table, rows: table.rows.map((r) => r.row), headerOf } };
}

/** Gephi's Type is the direction (Directed/Undirected); Kumu's Type is the kind. */
function typeIsDirection(table: CsvTable, index: number | undefined): boolean {
  if (index === undefined) return false;
  const values = table.rows.map((r) => cellOf(r.cells, index).toLowerCase()).filter((v) => v);
  return values.length > 0 && values.every((v) => ['directed', 'undirected', 'mutual'].includes(v));
}

export function readEdges(
  table: CsvTable,
  notes: Required<ReaderNotes>,
  problems: ImportProblem[],
): { edges: LooseEdge[]; origin: Origin } {
  const match = matchColumns(table.headers, EDGE_COLUMN_SYNONYMS);
  // "Type" is one field or the other: the direction when its words are directions, else the kind.
  const typeIndex = match.fields.get('type');
  const typeField: EdgeField = typeIsDirection(table, typeIndex) ? 'direction' : 'kind';
  if (typeIndex !== undefined) {
    match.fields.delete('type');
    if (match.fields.has(typeField)) match.repeated.set(typeIndex, table.headers[typeIndex] ?? '');
    else match.fields.set(typeField, typeIndex);
  }
  if (match.fields.has('directed') && match.fields.has('direction')) {
    const index = match.fields.get('direction') as number;
    match.fields.delete('direction');
    match.repeated.set(index, table.headers[index] ?? '');
  }
  for (const end of ['source', 'target'] as const) {
    if (!match.fields.has(end)) {
      problems.push({
        file: table.file,
        path: 'row 1',
        message: `no ${end} column: expected one called ${EDGE_COLUMN_SYNONYMS[end].map((n) => JSON.stringify(n)).join(', ')} (any case)`,
      });
    }
  }
  const canonical = (f: EdgeField) => (f === 'direction' ? 'directed' : f);
  columnNotes(table, match, 'relation', canonical, notes);
  let textEvidence = 0;
  const edges = table.rows.map(({ row, cells }) => {
    const attributes = otherAttributes(cells, match.others);
    let undirected = false;
    for (const [field, index] of match.fields) {
      if (field === 'id' || field === 'source' || field === 'target') continue;
      const value = cellOf(cells, index);
      if (value === '') continue;
      const header = JSON.stringify(table.headers[index]);
      if (field === 'directed' || field === 'direction') {
        const directed = directionOf(value);
        if (directed === null) {
          problems.push({
            file: table.file,
            path: `row ${row}, column ${header}`,
            message: `${JSON.stringify(value)} is not a direction (true or false, directed or undirected)`,
          });
        } else undirected = !directed;
      } else if (field === 'dateApproximate') {
        const approximate = directionOf(value);
        if (approximate === null) {
          problems.push({
            file: table.file,
            path: `row ${row}, column ${header}`,
            message: `${JSON.stringify(value)} is not true or false`,
          });
        } else attributes.dateApproximate = approximate;
      } else if (field === 'evidence') {
        if (value.startsWith('[')) attributes.evidence = value;
        else textEvidence++;
      } else attributes[field] = value;
    }
    const id = cellOf(cells, match.fields.get('id'));
    return {
      key: id === '' ? null : id,
      source: cellOf(cells, match.fields.get('source')),
      target: cellOf(cells, match.fields.get('target')),
      undirected,
      attributes,
    };
  });
  if (textEvidence > 0) {
    notes.dropped.push({
      scope: 'relation',
      name: table.headers[match.fields.get('evidence') as number] ?? 'evidence',
      count: textEvidence,
      reason:
        'evidence written as text has no source to point to (a CSV holds no sources; the JSON export keeps them)',
    });
  }
  const headerOf = (name: string) => {
    const fields = (name === 'directed' ? ['directed', 'direction'] : [name]) as EdgeField[];
    for (const field of fields) {
      const index = match.fields.get(field);
      if (index !== undefined) return table.headers[index] ?? null;
    }
    return null;
  };
  return { edges, origin: { table, rows: table.rows.map((r) => r.row), headerOf } };
}
