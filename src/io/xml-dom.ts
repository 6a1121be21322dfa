// Reading XML text into a DOM Document with whichever DOMParser the caller has: the browser's
// own, or one handed in (tests run in Node, which has none). Syntax errors become one problem
// with the line, whether the parser throws (xmldom) or returns a <parsererror> (browsers).
import { errorDetail } from '../data/errors';
import type { ImportProblem } from './import-types';

/** The part of `DOMParser` the importers use; the browser's and @xmldom/xmldom's both fit. */
export type DomParserConstructor = new () => {
  parseFromString(text: string, mimeType: 'application/xml'): Document;
};

export type XmlResult = { ok: true; document: Document } | { ok: false; problem: ImportProblem };

/** The browser's DOMParser when there is one, else null (plain Node). */
export function defaultDomParser(): DomParserConstructor | null {
  const candidate = (globalThis as { DOMParser?: unknown }).DOMParser;
  return typeof candidate === 'function' ? (candidate as DomParserConstructor) : null;
}

/** Namespaces browsers give the <parsererror> element they put in a document that failed to parse. */
const PARSER_ERROR_NAMESPACES = [
  'http://www.w3.org/1999/xhtml',
  'http://www.mozilla.org/newlayout/xml/parsererror.xml',
];

function lineOf(detail: string, explicit?: unknown): number | null {
  if (typeof explicit === 'number' && explicit > 0) return explicit;
  const match = /line(?: number)?\s*:?\s*(\d+)/i.exec(detail);
  return match ? Number(match[1]) : null;
}

function syntaxProblem(detail: string, line: number | null): ImportProblem {
  const clean = detail.replace(/\s+/g, ' ').trim() || 'the parser gave no detail';
  return {
    path: line === null ? '(root)' : `line ${line}`,
    message: `not well-formed XML: ${clean}`,
  };
}

function browserParserError(document: Document): Element | null {
  for (const namespace of PARSER_ERROR_NAMESPACES) {
    const found = document.getElementsByTagNameNS(namespace, 'parsererror')[0];
    if (found) return found;
  }
  return null;
}

/** Chrome: "error on line 3 at column 5: Opening and ending tag mismatch…"; Firefox: "XML Parsing Error: mismatched tag… Line Number 3, Column 5". */
function describeBrowserError(element: Element): string {
  const text = element.textContent ?? '';
  const chrome = /error on line \d+ at column \d+:\s*([^\n]*)/i.exec(text);
  if (chrome?.[1]) return chrome[1].replace(/Below is a rendering.*$/i, '');
  const firefox = /XML Parsing Error:\s*([^\n]*)/i.exec(text);
  if (firefox?.[1]) return firefox[1];
  return text;
}

export function parseXml(text: string, Parser: DomParserConstructor): XmlResult {
  if (/<!ENTITY/i.test(text)) {
    return {
      ok: false,
      problem: {
        path: '(root)',
        message: 'the file declares XML entities (<!ENTITY …>), which Parley does not read',
      },
    };
  }
  let document: Document;
  try {
    document = new Parser().parseFromString(text, 'application/xml');
  } catch (error) {
    const detail = errorDetail(error);
    const locator = (error as { locator?: { lineNumber?: unknown } } | null)?.locator;
    return { ok: false, problem: syntaxProblem(detail, lineOf(detail, locator?.lineNumber)) };
  }
  const parserError = browserParserError(document);
  if (parserError) {
    const whole = parserError.textContent ?? '';
    return { ok: false, problem: syntaxProblem(describeBrowserError(parserError), lineOf(whole)) };
  }
  if (!document.documentElement) {
    return { ok: false, problem: syntaxProblem('the document has no root element', null) };
  }
  return { ok: true, document };
}

/** The element's name without any namespace prefix (`viz:color` → `color`). */
export function localName(element: Element): string {
  return (element.localName || element.nodeName).replace(/^.*:/, '');
}

/** The element children of `parent` named `name` (namespace prefix ignored), in document order. */
export function childElements(parent: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (name === undefined || localName(node as Element) === name)) {
      out.push(node as Element);
    }
  }
  return out;
}

/** The document's first <graph>, or the problem a person reads when the file has none. */
export function graphElementOf(
  root: Element,
): { ok: true; element: Element } | { ok: false; problems: ImportProblem[] } {
  const element = childElements(root, 'graph')[0];
  if (element) return { ok: true, element };
  return {
    ok: false,
    problems: [
      {
        path: '(root)',
        message: `the <${localName(root)}> element holds no <graph>, so there are no nodes to read`,
      },
    ],
  };
}
