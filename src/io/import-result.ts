// How an import ends: a graph with its report (normalised from a reader's loose graph), or the
// problems, at most MAX_REPORTED_PROBLEMS of them and one line summing up the rest.
import { importReportDetails } from './import-report';
import type { ImportFormat, ImportProblem, ImportResult, LooseGraph } from './import-types';
import { normalizeGraph } from './normalize-graph';

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
    warnings: importReportDetails(result.report),
    report: result.report,
  };
}
