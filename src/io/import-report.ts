// What an import changed in the file it read, as plain data, and the words a person reads about
// it: one notice line ("Imported 366 entities and 1107 relations from rio.gexf (11 relations of an
// entity with itself)") and one line per change for a details list. Pure; no DOM. Nothing an
// import drops, renames, computes or defaults goes unsaid: each importer fills one of these.

/** The kinds of file an import reads. */
export type ImportFormat = 'dataset' | 'graphology' | 'gexf' | 'graphml' | 'csv';

/** A count with the first few examples (keys, names, values) a person can look for. */
export type Counted = { count: number; examples: string[] };

/** Where an attribute lived: on entities (nodes), relations (edges) or the graph itself. */
export type AttributeScope = 'entity' | 'relation' | 'graph';

export type AttributeDropped = {
  scope: AttributeScope;
  name: string;
  count: number;
  reason: string;
};
export type AttributeRenamed = { scope: AttributeScope; from: string; to: string; count: number };
export type LeftOut = { what: string; count: number; reason: string };

export type ImportReport = {
  /** The files read: one, or a nodes and an edges CSV. */
  fileNames: string[];
  format: ImportFormat;
  entities: number;
  relations: number;
  /** Relations of an entity with itself, kept (the renderer does not draw them). */
  selfLoops: Counted;
  /** Entities made for keys that edges name but the file never declares (label = key, kind "unknown"). */
  entitiesCreated: Counted;
  /** Entities with a position from the file; the others were laid out. */
  positionsGiven: number;
  /** Created entities placed beside their neighbours, when the file placed all the others. */
  positionsPlaced: number;
  /** True when Parley computed the positions (all of them: a partial layout would not hold). */
  laidOut: boolean;
  /** Set when the person stopped the layout: how far it went. */
  layoutStopped?: { done: number; total: number };
  /** Entities sized by their number of neighbours, as the file gave them no size. */
  sizesComputed: number;
  kindsDefaulted: { entities: number; relations: number };
  labelsDefaulted: { entities: number; relations: number };
  /** Relations the file gave no key, keyed `edge-<index>`. */
  keysCreated: Counted;
  attributesRenamed: AttributeRenamed[];
  attributesDropped: AttributeDropped[];
  /** Colours Parley cannot draw, replaced by the kind's colour. */
  colorsReplaced: Counted;
  /** Empty aliases (blank text) removed. */
  emptyAliasesRemoved: number;
  /** Parts of the file not read at all (hyperedges, nested graphs, …). */
  leftOut: LeftOut[];
  /** Evidence quotes kept although they name a source that is not in the file's sources. */
  unresolvedEvidence: number;
};

export const MAX_EXAMPLES = 5;

export function emptyCounted(): Counted {
  return { count: 0, examples: [] };
}

export function addCounted(counted: Counted, example: string): void {
  counted.count++;
  if (counted.examples.length < MAX_EXAMPLES) counted.examples.push(example);
}

/** A report of an import that changed nothing (the importers add to it). */
export function emptyReport(fileNames: readonly string[], format: ImportFormat): ImportReport {
  return {
    fileNames: [...fileNames],
    format,
    entities: 0,
    relations: 0,
    selfLoops: emptyCounted(),
    entitiesCreated: emptyCounted(),
    positionsGiven: 0,
    positionsPlaced: 0,
    laidOut: false,
    sizesComputed: 0,
    kindsDefaulted: { entities: 0, relations: 0 },
    labelsDefaulted: { entities: 0, relations: 0 },
    keysCreated: emptyCounted(),
    attributesRenamed: [],
    attributesDropped: [],
    colorsReplaced: emptyCounted(),
    emptyAliasesRemoved: 0,
    leftOut: [],
    unresolvedEvidence: 0,
  };
}

// --- words ------------------------------------------------------------------------------------

const NOUNS: Readonly<Record<AttributeScope, [string, string]>> = {
  entity: ['entity', 'entities'],
  relation: ['relation', 'relations'],
  graph: ['graph', 'graph'],
};

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

const entities = (n: number) => plural(n, 'entity', 'entities');
const relations = (n: number) => plural(n, 'relation', 'relations');

function listing(names: readonly string[], total: number): string {
  const shown = names.map((n) => JSON.stringify(n)).join(', ');
  return total > names.length ? `${shown}, …` : shown;
}

function both(counts: { entities: number; relations: number }): string {
  const parts = [
    counts.entities > 0 ? entities(counts.entities) : '',
    counts.relations > 0 ? relations(counts.relations) : '',
  ].filter((p) => p !== '');
  return parts.join(' and ');
}

/** "a.gexf", or "a-nodes.csv and a-edges.csv". */
export function fileList(fileNames: readonly string[]): string {
  if (fileNames.length <= 1) return fileNames[0] ?? 'the file';
  return `${fileNames.slice(0, -1).join(', ')} and ${fileNames[fileNames.length - 1]}`;
}

function layoutPart(report: ImportReport): string | null {
  if (report.layoutStopped) {
    const { done, total } = report.layoutStopped;
    return `layout stopped after ${done} of ${total} iterations, as you asked`;
  }
  if (!report.laidOut) return null;
  if (report.positionsGiven === 0) return 'laid out, as the file had no positions';
  return `laid out, as only ${report.positionsGiven} of ${report.entities} entities had a position`;
}

/**
 * The one-line notice after an import: "Imported N entities and M relations from FILE" and, in
 * brackets, each kind of change with its count. The layout comes first in the brackets.
 */
export function formatImportNotice(report: ImportReport): string {
  const parts: string[] = [];
  const layout = layoutPart(report);
  if (layout) parts.push(layout);
  const { selfLoops, entitiesCreated } = report;
  if (selfLoops.count > 0) {
    parts.push(`${plural(selfLoops.count, 'relation', 'relations')} of an entity with itself`);
  }
  if (entitiesCreated.count > 0) {
    parts.push(
      entitiesCreated.count === 1
        ? '1 entity created for an undeclared reference'
        : `${entities(entitiesCreated.count)} created for undeclared references`,
    );
  }
  if (report.kindsDefaulted.entities + report.kindsDefaulted.relations > 0) {
    parts.push(`kind "unknown" given to ${both(report.kindsDefaulted)}`);
  }
  const renamed = report.attributesRenamed.length;
  const dropped = report.attributesDropped.length;
  if (renamed > 0) parts.push(`${plural(renamed, 'attribute', 'attributes')} renamed`);
  if (dropped > 0) parts.push(`${plural(dropped, 'attribute', 'attributes')} not kept`);
  for (const item of report.leftOut)
    parts.push(`${item.count.toLocaleString('en-US')} ${item.what} left out`);
  const others = [
    report.labelsDefaulted.entities + report.labelsDefaulted.relations,
    report.keysCreated.count,
    report.sizesComputed,
    report.positionsPlaced,
    report.colorsReplaced.count,
    report.emptyAliasesRemoved,
    report.unresolvedEvidence,
  ].filter((n) => n > 0).length;
  if (others > 0) parts.push(`${plural(others, 'other change', 'other changes')}: see details`);
  const brackets = parts.length > 0 ? ` (${parts.join('; ')})` : '';
  return `Imported ${report.entities} entities and ${report.relations} relations from ${fileList(report.fileNames)}${brackets}.`;
}

/** One sentence per change the import made, for a details list; empty when it changed nothing. */
export function importReportDetails(report: ImportReport): string[] {
  const lines: string[] = [];
  const layout = layoutPart(report);
  if (layout) lines.push(`${layout[0]?.toUpperCase()}${layout.slice(1)}.`);
  const { selfLoops, entitiesCreated, keysCreated, colorsReplaced } = report;
  if (selfLoops.count > 0) {
    lines.push(
      `Kept ${relations(selfLoops.count)} of an entity with itself (${listing(selfLoops.examples, selfLoops.count)}): the graph does not draw them; the Details panel lists them.`,
    );
  }
  if (entitiesCreated.count > 0) {
    lines.push(
      `Created ${entities(entitiesCreated.count)} that relations name but the file never declares (${listing(entitiesCreated.examples, entitiesCreated.count)}), labelled by their key, of kind "unknown".`,
    );
  }
  if (report.kindsDefaulted.entities + report.kindsDefaulted.relations > 0) {
    lines.push(`Gave kind "unknown" to ${both(report.kindsDefaulted)} that had none.`);
  }
  if (report.labelsDefaulted.entities > 0) {
    lines.push(
      `Gave ${entities(report.labelsDefaulted.entities)} without a label their key as label.`,
    );
  }
  if (report.labelsDefaulted.relations > 0) {
    lines.push(
      `Gave ${relations(report.labelsDefaulted.relations)} without a label their kind as label ("related to" when they have no kind).`,
    );
  }
  if (keysCreated.count > 0) {
    lines.push(
      `Gave keys to ${relations(keysCreated.count)} that had none (${listing(keysCreated.examples, keysCreated.count)}).`,
    );
  }
  if (report.positionsPlaced > 0) {
    lines.push(
      `Placed ${entities(report.positionsPlaced)} created for undeclared references beside their neighbours; the file gave the others their positions.`,
    );
  }
  if (report.sizesComputed > 0) {
    lines.push(
      `Sized ${entities(report.sizesComputed)} by their number of neighbours, as the file gave no size.`,
    );
  }
  for (const r of report.attributesRenamed) {
    const [one, many] = NOUNS[r.scope];
    const where = r.scope === 'graph' ? 'the graph' : plural(r.count, one, many);
    lines.push(`Read attribute ${JSON.stringify(r.from)} as ${JSON.stringify(r.to)} (${where}).`);
  }
  for (const d of report.attributesDropped) {
    const [one, many] = NOUNS[d.scope];
    const where = d.scope === 'graph' ? 'the graph' : plural(d.count, one, many);
    lines.push(
      `Did not keep ${d.scope === 'graph' ? 'graph' : one} attribute ${JSON.stringify(d.name)} (${where}): ${d.reason}.`,
    );
  }
  if (colorsReplaced.count > 0) {
    lines.push(
      `Replaced ${plural(colorsReplaced.count, 'colour', 'colours')} Parley cannot draw (${listing(colorsReplaced.examples, colorsReplaced.count)}) by the kind's colour.`,
    );
  }
  if (report.emptyAliasesRemoved > 0) {
    lines.push(`Removed ${plural(report.emptyAliasesRemoved, 'empty alias', 'empty aliases')}.`);
  }
  for (const item of report.leftOut) {
    lines.push(`Left out ${item.count.toLocaleString('en-US')} ${item.what}: ${item.reason}.`);
  }
  if (report.unresolvedEvidence > 0) {
    lines.push(
      `Kept ${plural(report.unresolvedEvidence, 'evidence quote', 'evidence quotes')} that name a source not in the file's sources.`,
    );
  }
  return lines;
}
