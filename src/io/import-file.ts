// Import: a file's text → a ParleyGraph, whatever it holds: a Parley dataset, a graphology JSON
// graph (Parley's export, Gephi Lite), GEXF or GraphML. Detected by content, the extension only a
// hint. Never throws: every failure is a list of problems, each with a place and plain words.
import { errorDetail } from '../data/errors';
import { openDataset } from '../graph/open-dataset';
import { importCsv, looksLikeCsv } from './import-csv';
import { readGexf } from './import-gexf';
import { readGraphml } from './import-graphml';
import { readGraphology } from './import-graphology';
import { addCounted, emptyReport, importReportDetails } from './import-report';
import { checkImportSize, failure, fromLoose, utf8Length } from './import-result';
import type { ImportFormat, ImportProblem, ImportResult } from './import-types';
import { checkCounts, checkTextScan, IMPORT_LIMITS, scanJson, scanXml } from './limits';
import { type DomParserConstructor, defaultDomParser, localName, parseXml } from './xml-dom';

export { checkImportSize, MAX_IMPORT_BYTES, MAX_REPORTED_PROBLEMS } from './import-result';
export type { ImportFormat, ImportProblem, ImportResult } from './import-types';

export type ImportOptions = {
  /** The XML parser for GEXF and GraphML; the browser's DOMParser when absent. */
  domParser?: DomParserConstructor | null;
  /** False: a graph without positions is returned with `laidOut: true` but not laid out yet; the
   * caller runs the layout (the import worker does, in slices it can stop). Default true. */
  layout?: boolean;
};

const ACCEPTED =
  'Parley reads a Parley dataset (.json), a graphology JSON graph (.json, as Parley and Gephi Lite export), GEXF (.gexf), GraphML (.graphml), or CSV (.csv: an edges table, or a nodes and an edges table together)';

/** One line per problem, as `file: path: message` (the format `npm run validate` prints). */
export function formatImportProblems(
  fileName: string,
  problems: readonly ImportProblem[],
): string[] {
  return problems.map((p) => `${p.file ?? fileName}: ${p.path}: ${p.message}`);
}

function extensionFormat(fileName: string): ImportFormat | null {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'gexf') return 'gexf';
  if (extension === 'graphml') return 'graphml';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  return null;
}

export type ImportFileText = { name: string; text: string };

/**
 * What the person picked or dropped → a graph: one file of any format, or a nodes CSV and an
 * edges CSV together.
 */
export function importFiles(
  files: readonly ImportFileText[],
  options: ImportOptions = {},
): ImportResult {
  const [first] = files;
  if (first === undefined)
    return failure(null, [{ path: '(files)', message: 'no file was given' }]);
  if (files.length === 1) return importText(first.name, first.text, options);
  const notCsv = files.filter((f) => extensionFormat(f.name) !== 'csv' && !looksLikeCsv(f.text));
  if (notCsv.length > 0 || files.length > 2) {
    return failure(null, [
      {
        path: '(files)',
        message: `Parley opens several files at once only as a nodes CSV and an edges CSV; got ${files.map((f) => f.name).join(', ')}`,
      },
    ]);
  }
  try {
    return importCsv(files, options.layout ?? true);
  } catch (error) {
    const detail = errorDetail(error);
    return failure('csv', [{ path: '(files)', message: `could not be read: ${detail}` }]);
  }
}

/** "line 3" from V8's "… at position 12 (line 3 column 5)" or from the position alone. */
function jsonErrorPath(text: string, detail: string): string {
  const line = /\bline (\d+) column \d+/i.exec(detail)?.[1];
  if (line) return `line ${line}`;
  const position = /position (\d+)/i.exec(detail)?.[1];
  if (position === undefined) return '(root)';
  const before = text.slice(0, Number(position));
  return `line ${before.split('\n').length}`;
}

/** The length of `value[key]` when it is a list, else 0. */
function listLength(value: object, key: string): number {
  const list = (value as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.length : 0;
}

function importJson(fileName: string, text: string, layout: boolean): ImportResult {
  // Before JSON.parse: absurd nesting or strings are refused without building them.
  const tooMuch = checkTextScan(text, scanJson(text), 'JSON');
  if (tooMuch.length > 0) return failure(null, tooMuch);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = errorDetail(error).replace(/\s+/g, ' ');
    return failure(null, [
      { path: jsonErrorPath(text, detail), message: `not valid JSON: ${detail}` },
    ]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;
    return failure(null, [
      {
        path: '(root)',
        message: `the JSON is ${got}, not an object; ${ACCEPTED}`,
      },
    ]);
  }
  if ('schemaVersion' in value || 'entities' in value) {
    const tooMany = checkCounts(
      { nodes: listLength(value, 'entities'), edges: listLength(value, 'relations') },
      { nodes: 'entities', edges: 'relations' },
    );
    if (tooMany.length > 0) return failure('dataset', tooMany);
    const opened = openDataset(value, { layout: layout ? {} : false });
    if (!opened.ok) return failure('dataset', opened.problems);
    const { graph } = opened;
    if (graph.order === 0) {
      return failure('dataset', [
        { path: 'entities', message: 'the dataset has no entities, so there is nothing to show' },
      ]);
    }
    // A dataset has no positions or sizes to lose: the layout is the only thing computed.
    const report = emptyReport([fileName], 'dataset');
    report.entities = graph.order;
    report.relations = graph.size;
    report.laidOut = true;
    for (const r of opened.dataset.relations) {
      if (r.source === r.target) addCounted(report.selfLoops, r.id);
    }
    return {
      ok: true,
      format: 'dataset',
      graph,
      laidOut: true,
      report,
    };
  }
  if ('nodes' in value) {
    const tooMany = checkCounts(
      { nodes: listLength(value, 'nodes'), edges: listLength(value, 'edges') },
      { nodes: 'nodes', edges: 'edges' },
    );
    if (tooMany.length > 0) return failure('graphology', tooMany);
    const read = readGraphology(value);
    return read.ok
      ? fromLoose('graphology', read.graph, [fileName], layout)
      : failure('graphology', read.problems);
  }
  return failure(null, [
    {
      path: '(root)',
      message: `this JSON has neither "entities" (a Parley dataset) nor "nodes" (a graphology graph); ${ACCEPTED}`,
    },
  ]);
}

function importXml(
  fileName: string,
  text: string,
  Parser: DomParserConstructor | null,
  layout: boolean,
): ImportResult {
  const guess = /<gexf[\s>]/.test(text)
    ? 'gexf'
    : /<graphml[\s>]/.test(text)
      ? 'graphml'
      : extensionFormat(fileName);
  if (!Parser) {
    return failure(guess, [
      {
        path: '(root)',
        message:
          'this environment has no XML parser (DOMParser), so GEXF and GraphML cannot be read here',
      },
    ]);
  }
  const scan = scanXml(text);
  const tooMuch = [
    ...checkTextScan(text, scan, 'XML'),
    ...checkCounts(scan, { nodes: 'nodes', edges: 'edges' }),
  ];
  if (tooMuch.length > 0) return failure(guess, tooMuch);
  const parsed = parseXml(text, Parser);
  if (!parsed.ok) return failure(guess, [parsed.problem]);
  const root = localName(parsed.document.documentElement).toLowerCase();
  const tooMany = checkCounts(
    {
      nodes: parsed.document.getElementsByTagNameNS('*', 'node').length,
      edges: parsed.document.getElementsByTagNameNS('*', 'edge').length,
    },
    { nodes: 'nodes', edges: 'edges' },
  );
  if (tooMany.length > 0) return failure(guess, tooMany);
  if (root === 'gexf') {
    const read = readGexf(parsed.document, Parser);
    return read.ok
      ? fromLoose('gexf', read.graph, [fileName], layout)
      : failure('gexf', read.problems);
  }
  if (root === 'graphml') {
    const read = readGraphml(parsed.document);
    return read.ok
      ? fromLoose('graphml', read.graph, [fileName], layout)
      : failure('graphml', read.problems);
  }
  return failure(null, [
    {
      path: '(root)',
      message: `the XML's root element is <${root}>, not <gexf> or <graphml>; ${ACCEPTED}`,
    },
  ]);
}

/** True when the text looks like a binary file read as text (NUL bytes, many replacement chars). */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  const replaced = sample.match(/\uFFFD/g)?.length ?? 0;
  return replaced > sample.length / 20;
}

/** Reads a file's text as whatever graph format it holds. */
export function importText(
  fileName: string,
  text: string,
  options: ImportOptions = {},
): ImportResult {
  const layout = options.layout ?? true;
  try {
    const bytes = utf8Length(text);
    const tooBig = checkImportSize(fileName, bytes);
    if (tooBig) return failure(null, [tooBig]);
    const body = text.replace(/^\uFEFF/, '');
    const start = body.trimStart()[0];
    if (start === undefined)
      return failure(null, [{ path: '(root)', message: `the file is empty; ${ACCEPTED}` }]);
    if (start === '{' || start === '[') return importJson(fileName, body, layout);
    if (start === '<') {
      const Parser = options.domParser === undefined ? defaultDomParser() : options.domParser;
      // An XML declaration must come first, so leading blank lines are dropped.
      return importXml(fileName, body.trimStart(), Parser, layout);
    }
    if (extensionFormat(fileName) === 'csv' || looksLikeCsv(body)) {
      return importCsv([{ name: fileName, text }], layout);
    }
    if (looksBinary(body)) {
      return failure(null, [
        { path: '(root)', message: `this looks like a binary file, not text; ${ACCEPTED}` },
      ]);
    }
    return failure(extensionFormat(fileName), [
      {
        path: '(root)',
        message: `the file starts with neither "{" (JSON) nor "<" (XML); ${ACCEPTED}`,
      },
    ]);
  } catch (error) {
    // A safety net: readers report problems rather than throw, but a file must never break the app.
    const detail = errorDetail(error);
    return failure(null, [{ path: '(file)', message: `could not be read: ${detail}` }]);
  }
}
