// The limits an imported file must keep, in one table (the README quotes it), and the cheap checks
// that enforce them before the expensive work: one linear scan of the text before parsing (nesting
// depth, longest string), element counts right after. Each refusal names the limit and the value.
import type { ImportProblem } from './import-types';

export const IMPORT_LIMITS = {
  /** Size of the file, in bytes (UTF-8). */
  maxBytes: 20 * 1024 * 1024,
  /** Nodes (a dataset's entities) in one graph. */
  maxNodes: 200_000,
  /** Edges (a dataset's relations) in one graph. */
  maxEdges: 500_000,
  /** Characters in one string: a JSON string or key, an XML attribute value or run of text. */
  maxStringLength: 10_000,
  /** Nesting depth of JSON lists and objects, or of XML elements. */
  maxDepth: 100,
  /** Characters in a node or edge key, or a kind: they travel in links (#/entity/<key>?hide=<kind>). */
  maxKeyLength: 200,
} as const;

/** Size of an article read by the ingest (a news article is tens of kB; this is generous). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type ImportLimits = { [K in keyof typeof IMPORT_LIMITS]: number };

/** What one pass over a file's text found: the deepest nesting and the longest string, with where. */
export type TextScan = { depth: number; depthAt: number; longest: number; longestAt: number };
/** An XML scan also counts the `node` and `edge` elements (any namespace prefix), so a file with
 * too many is refused before it is parsed. */
export type XmlScan = TextScan & { nodes: number; edges: number };

const count = (n: number) => n.toLocaleString('en-US');

function lineAt(text: string, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return `line ${line}`;
}

/**
 * Nesting depth and longest string (in characters, escapes counted as the one character they
 * stand for) of JSON text, without parsing it: tolerant of broken JSON, linear, no recursion.
 */
export function scanJson(text: string): TextScan {
  const scan: TextScan = { depth: 0, depthAt: 0, longest: 0, longestAt: 0 };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let length = 0;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x22) break;
        if (d === 0x5c /* \ */) i += text.charCodeAt(i + 1) === 0x75 /* u */ ? 5 : 1;
        length++;
      }
      if (length > scan.longest) {
        scan.longest = length;
        scan.longestAt = start;
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > scan.depth) {
        scan.depth = depth;
        scan.depthAt = i;
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return scan;
}

/** Skips from `from` past the next `end`; the text's length when there is none. */
function skipPast(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at === -1 ? text.length : at + end.length;
}

/** The local name of the start tag whose name begins at `from` (`viz:node` → `node`). */
function elementName(text: string, from: number, end: number): string {
  let stop = from;
  for (; stop < end; stop++) {
    const c = text.charCodeAt(stop);
    // whitespace, '/' or '>' ends the name
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e) break;
  }
  const name = text.slice(from, stop);
  return name.slice(name.indexOf(':') + 1);
}

/**
 * Element nesting depth and longest attribute value or text run (CDATA included, entity
 * references counted as written) of XML text, without parsing it: linear, no recursion.
 */
export function scanXml(text: string): XmlScan {
  const scan: XmlScan = { depth: 0, depthAt: 0, longest: 0, longestAt: 0, nodes: 0, edges: 0 };
  const seen = (length: number, at: number) => {
    if (length > scan.longest) {
      scan.longest = length;
      scan.longestAt = at;
    }
  };
  let depth = 0;
  let textStart = 0;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const stop = lt === -1 ? text.length : lt;
    seen(stop - textStart, textStart);
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) i = skipPast(text, lt + 4, '-->');
    else if (text.startsWith('<![CDATA[', lt)) {
      i = skipPast(text, lt + 9, ']]>');
      seen(i - lt - 12, lt);
    } else if (text.startsWith('<?', lt)) i = skipPast(text, lt + 2, '?>');
    else if (text.startsWith('<!', lt)) {
      // A DOCTYPE may hold an internal subset in [ ], whose declarations contain '>'.
      const close = text.indexOf('>', lt);
      const bracket = text.indexOf('[', lt);
      i =
        bracket !== -1 && (close === -1 || bracket < close)
          ? skipPast(text, skipPast(text, bracket, ']'), '>')
          : skipPast(text, lt, '>');
    } else if (text.charCodeAt(lt + 1) === 0x2f /* / */) {
      depth--;
      i = skipPast(text, lt, '>');
    } else {
      // A start tag: quoted attribute values may hold '>' and '/'.
      let j = lt + 1;
      let selfClosing = false;
      while (j < text.length) {
        const c = text[j];
        if (c === '"' || c === "'") {
          const end = text.indexOf(c, j + 1);
          const close = end === -1 ? text.length : end;
          seen(close - j - 1, j);
          j = close + 1;
          continue;
        }
        if (c === '>') {
          selfClosing = text[j - 1] === '/';
          break;
        }
        j++;
      }
      i = j + 1;
      const element = elementName(text, lt + 1, j);
      if (element === 'node') scan.nodes++;
      else if (element === 'edge') scan.edges++;
      if (!selfClosing) {
        depth++;
        if (depth > scan.depth) {
          scan.depth = depth;
          scan.depthAt = lt;
        }
      }
    }
    textStart = i;
  }
  return scan;
}

/** Problems when the scanned text nests too deep or holds a string too long; else none. */
export function checkTextScan(
  text: string,
  scan: TextScan,
  what: 'JSON' | 'XML',
  limits: ImportLimits = IMPORT_LIMITS,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (scan.depth > limits.maxDepth) {
    const nesting = what === 'JSON' ? 'lists and objects nest' : 'elements nest';
    problems.push({
      path: lineAt(text, scan.depthAt),
      message: `${nesting} ${count(scan.depth)} levels deep; Parley reads at most ${count(limits.maxDepth)} levels`,
    });
  }
  if (scan.longest > limits.maxStringLength) {
    problems.push({
      path: lineAt(text, scan.longestAt),
      message: `a text value is ${count(scan.longest)} characters long; Parley reads text values of at most ${count(limits.maxStringLength)} characters`,
    });
  }
  return problems;
}

/** Problems when a graph has more nodes or edges than Parley imports; else none. */
export function checkCounts(
  counts: { nodes: number; edges: number },
  names: { nodes: string; edges: string },
  limits: ImportLimits = IMPORT_LIMITS,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (counts.nodes > limits.maxNodes) {
    problems.push({
      path: names.nodes,
      message: `the file has ${count(counts.nodes)} ${names.nodes}; Parley imports at most ${count(limits.maxNodes)}`,
    });
  }
  if (counts.edges > limits.maxEdges) {
    problems.push({
      path: names.edges,
      message: `the file has ${count(counts.edges)} ${names.edges}; Parley imports at most ${count(limits.maxEdges)}`,
    });
  }
  return problems;
}
