// How an import ends: a graph with its report (normalised from a reader's loose graph), or the
// problems, at most MAX_REPORTED_PROBLEMS of them and one line summing up the rest; and the
// size check every import makes before reading a file.
import { importReportDetails } from './import-report';
import type { ImportFormat, ImportProblem, ImportResult, LooseGraph } from './import-types';
import { IMPORT_LIMITS } from './limits';
import { normalizeGraph } from './normalize-graph';

export const MAX_IMPORT_BYTES = IMPORT_LIMITS.maxBytes;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A problem when a file is too large to import, else null; call it before reading the file. */
export function checkImportSize(fileName: string, bytes: number): ImportProblem | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return {
    path: '(file)',
    message: `${fileName} is ${megabytes(bytes)}; Parley imports files of at most ${megabytes(MAX_IMPORT_BYTES)}`,
  };
}

/** A text's size in UTF-8 bytes, counted only when the limit could be near. */
export function utf8Length(text: string): number {
  // Each UTF-16 unit is at least one UTF-8 byte and at most three, so count only when it matters.
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** More problems than this are summed up in one last line. */
export const MAX_REPORTED_PROBLEMS = 50;

export function failure(format: ImportFormat | null, problems: ImportProblem[]): ImportResult {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return { ok: false, format, problems };
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const rest = problems.length - MAX_REPORTED_PROBLEMS;
  return {
    ok: false,
    format,
    problems: [...shown, { path: '(file)', message: `and ${rest} more problem(s) like these` }],
  };
}

/**
 * A loose graph from any reader → the import's result, with its report. `reword` puts the
 * normaliser's problems (`edges[3].source`) in the words of the file (`row 5, column "From"`).
 */
export function fromLoose(
  format: ImportFormat,
  loose: LooseGraph,
  fileNames: readonly string[],
  layout: boolean,
  reword: (problem: ImportProblem) => ImportProblem = (problem) => problem,
): ImportResult {
  const result = normalizeGraph(loose, fileNames[0] ?? '', { layout, format, fileNames });
  if (!result.ok) return failure(format, result.problems.map(reword));
  return {
    ok: true,
    format,
    graph: result.graph,
    laidOut: result.laidOut,
    report: result.report,
  };
}
