// CSV import: a nodes table and an edges table (picked or dropped together), or a single edges
// table whose ends become the entities. Reads Parley's own CSV export, Gephi's spreadsheet
// layout (Id, Label, Source, Target, Type = Directed/Undirected, Weight, other columns) and
// Kumu's (Label; From, To, Type = the kind, Direction), with the column names of csv-columns.ts.
// The tables become a loose graph for normalizeGraph, and its problems are put back in the
// spreadsheet's words: `row N, column "X": problem`.
import { isEdgeTable, matchColumns, NODE_COLUMN_SYNONYMS } from './csv-columns';
import { type Origin, readEdges, readNodes } from './csv-records';
import { type CsvFile, type CsvTable, readCsvTable } from './csv-table';
import { checkImportSize, failure, fromLoose, utf8Length } from './import-result';
import type { ImportProblem, ImportResult, LooseGraph, ReaderNotes } from './import-types';
import { checkCounts } from './limits';

export type { CsvFile } from './csv-table';

const WHERE = { keyName: 'id', elementAttributes: [], graphAttributes: [] } as const;

/** `us-china-nodes.csv` + `us-china-edges.csv` → `us-china`. */
function titleOf(names: readonly string[]): string {
  const bases = names.map((n) =>
    n
      .replace(/^.*[\\/]/, '')
      .replace(/\.[^.]*$/, '')
      .replace(/[-_. ]?(nodes|edges|entities|relations|elements|connections)$/i, ''),
  );
  return bases.find((b) => b.trim() !== '')?.trim() || 'Imported graph';
}

/**
 * Puts a loose-graph problem (`nodes[3].x`, `edges[0].source`) back in the spreadsheet's words:
 * `row 5, column "X"` of the file the record came from.
 */
export function csvProblem(
  problem: ImportProblem,
  nodes: Origin | null,
  edges: Origin | null,
): ImportProblem {
  const match = /^(nodes|edges)\[(\d+)\](?:\.([A-Za-z_$][\w$]*))?(.*)$/.exec(problem.path);
  if (!match) return problem;
  const origin = match[1] === 'nodes' ? nodes : edges;
  if (!origin) return problem;
  const row = origin.rows[Number(match[2])];
  if (row === undefined) return { ...problem, file: origin.table.file };
  const header = match[3] === undefined ? null : (origin.headerOf(match[3]) ?? match[3]);
  const column = header === null ? '' : `, column ${JSON.stringify(header)}`;
  const rest = match[4] ? ` (${match[4].replace(/^\./, '')})` : '';
  return { ...problem, file: origin.table.file, path: `row ${row}${column}${rest}` };
}

export type CsvTables = {
  graph: LooseGraph;
  /** Rewords the normaliser's problems in rows and columns. */
  reword: (problem: ImportProblem) => ImportProblem;
};

/** One or two CSV files → a loose graph, or the problems of reading them. */
export function readCsvFiles(
  files: readonly CsvFile[],
): { ok: true; tables: CsvTables } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const tables: CsvTable[] = [];
  for (const file of files) {
    const read = readCsvTable(file);
    if (read.ok) tables.push(read.table);
    else problems.push(...read.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  const edgeTables = tables.filter((t) => isEdgeTable(t.headers));
  const nodeTables = tables.filter((t) => !isEdgeTable(t.headers));
  if (tables.length > 2 || edgeTables.length > 1 || nodeTables.length > 1) {
    return {
      ok: false,
      problems: [
        {
          path: '(files)',
          message: `Parley reads one nodes CSV and one edges CSV together; these are ${nodeTables.length} table(s) of nodes and ${edgeTables.length} of edges (an edges table has source and target columns)`,
        },
      ],
    };
  }
  const notes: Required<ReaderNotes> = { renamed: [], dropped: [], leftOut: [] };
  const nodeTable = nodeTables[0];
  const edgeTable = edgeTables[0];
  const nodes = nodeTable ? readNodes(nodeTable, notes, problems) : null;
  const edges = edgeTable ? readEdges(edgeTable, notes, problems) : null;
  if (problems.length > 0) return { ok: false, problems };
  const graph: LooseGraph = {
    attributes: { title: titleOf(files.map((f) => f.name)) },
    nodes: nodes?.nodes ?? [],
    edges: edges?.edges ?? [],
    where: WHERE,
    notes,
  };
  const origins = { nodes: nodes?.origin ?? null, edges: edges?.origin ?? null };
  return {
    ok: true,
    tables: {
      graph,
      reword: (problem) => csvProblem(problem, origins.nodes, origins.edges),
    },
  };
}

/** True when the first line reads as a CSV header of a graph table (source/target, or id/label). */
export function looksLikeCsv(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].find((d) => firstLine.includes(d));
  if (!delimiter) return false;
  const headers = firstLine.split(delimiter).map((h) => h.replace(/^"|"$/g, ''));
  const { fields } = matchColumns(headers, NODE_COLUMN_SYNONYMS);
  return isEdgeTable(headers) || fields.has('id');
}

/** One or two CSV files (a nodes and an edges table) → a graph. */
export function importCsv(files: readonly CsvFile[], layout: boolean): ImportResult {
  const bytes = files.reduce((sum, f) => sum + utf8Length(f.text), 0);
  const tooBig = checkImportSize(files.map((f) => f.name).join(' and '), bytes);
  if (tooBig) return failure('csv', [tooBig]);
  const read = readCsvFiles(files);
  if (!read.ok) return failure('csv', read.problems);
  const { graph, reword } = read.tables;
  const tooMany = checkCounts(
    { nodes: graph.nodes.length, edges: graph.edges.length },
    { nodes: 'nodes', edges: 'edges' },
  );
  if (tooMany.length > 0) return failure('csv', tooMany);
  const names = files.map((f) => f.name);
  return fromLoose('csv', graph, names, layout, reword);
}
