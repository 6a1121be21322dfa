// The column names a spreadsheet of a graph may use, matched case-insensitively (spaces, "_" and
// "-" ignored): Parley's own CSV export, Gephi's spreadsheet import (Id, Label, Source, Target,
// Type, Weight) and Kumu's (Label, From, To, Type, Direction). Each header becomes one field of
// Parley's, or stays an attribute under its own name (which the import then reports as not kept).

export type NodeField =
  | 'id'
  | 'label'
  | 'kind'
  | 'aliases'
  | 'description'
  | 'roles'
  | 'x'
  | 'y'
  | 'size'
  | 'color';

/** `type` is resolved from its values: Gephi's "Directed"/"Undirected", else Kumu's kind. */
export type EdgeField =
  | 'id'
  | 'source'
  | 'target'
  | 'directed'
  | 'direction'
  | 'type'
  | 'kind'
  | 'label'
  | 'date'
  | 'dateApproximate'
  | 'tone'
  | 'evidence';

export const NODE_COLUMN_SYNONYMS: Readonly<Record<NodeField, readonly string[]>> = {
  id: ['id', 'key', 'nodeid', 'node'],
  label: ['label', 'name', 'title'],
  kind: ['kind', 'type', 'category', 'entitykind'],
  aliases: ['aliases', 'alias', 'alsoknownas', 'aka'],
  description: ['description', 'notes'],
  roles: ['roles'],
  x: ['x'],
  y: ['y'],
  size: ['size'],
  color: ['color', 'colour'],
};

export const EDGE_COLUMN_SYNONYMS: Readonly<Record<EdgeField, readonly string[]>> = {
  id: ['id', 'key', 'edgeid', 'relationid'],
  source: ['source', 'from', 'sourceid', 'src'],
  target: ['target', 'to', 'targetid', 'dst'],
  directed: ['directed', 'isdirected'],
  direction: ['direction'],
  type: ['type'],
  kind: ['kind', 'relationkind', 'category', 'relation'],
  label: ['label', 'name', 'relationship'],
  date: ['date'],
  dateApproximate: ['dateapproximate', 'approximate', 'approximatedate'],
  tone: ['tone'],
  evidence: ['evidence'],
};

/** `Date Approximate` → `dateapproximate`: what header names are compared as. */
export function columnKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

export type ColumnMatch<F extends string> = {
  /** Field → index of the first column that gives it. */
  fields: Map<F, number>;
  /** Columns that are no field of Parley's: index → header. */
  others: Map<number, string>;
  /** Columns naming a field an earlier column already gives: index → header. */
  repeated: Map<number, string>;
};

export function matchColumns<F extends string>(
  headers: readonly string[],
  synonyms: Readonly<Record<F, readonly string[]>>,
): ColumnMatch<F> {
  const lookup = new Map<string, F>();
  for (const [field, names] of Object.entries(synonyms) as [F, readonly string[]][]) {
    for (const name of names) lookup.set(name, field);
  }
  const match: ColumnMatch<F> = { fields: new Map(), others: new Map(), repeated: new Map() };
  headers.forEach((header, i) => {
    const field = lookup.get(columnKey(header));
    if (field === undefined) match.others.set(i, header.trim());
    else if (match.fields.has(field)) match.repeated.set(i, header.trim());
    else match.fields.set(field, i);
  });
  return match;
}

/** True for a header row that reads as an edge table (it names a source and a target). */
export function isEdgeTable(headers: readonly string[]): boolean {
  const { fields } = matchColumns(headers, EDGE_COLUMN_SYNONYMS);
  return fields.has('source') && fields.has('target');
}

/** Gephi's and Kumu's direction words, and Parley's true/false. */
export function directionOf(value: string): boolean | null {
  switch (value.trim().toLowerCase()) {
    case 'directed':
    case 'true':
    case 'yes':
    case '1':
      return true;
    case 'undirected':
    case 'mutual':
    case 'false':
    case 'no':
    case '0':
      return false;
    default:
      return null;
  }
}
