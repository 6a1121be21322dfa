// The GEXF export (GEXF 1.3) that Gephi desktop, Gephi Lite and NetworkX open with colours, sizes
// and positions. Colours are written as r/g/b(/a) channels, which every reader understands
// (NetworkX's reader needs them; `hex` alone crashes it). Lists and objects (aliases, roles,
// evidence) are JSON text, the relation kind is the edge's GEXF `kind` (so Gephi keeps parallel
// edges of different kinds), title and sources go in <meta>. A graph that mixes directed and
// undirected relations is written as a directed graph whose edges all carry a boolean `directed`
// attribute (NetworkX refuses a `type="undirected"` edge in a directed graph); Parley's import
// restores each relation's direction from it. The XML is written straight from the graph in
// chunks (text-chunks.ts), in the layout graphology-gexf's writer produces.
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import type { ExportScope } from './export-json';
import { ChunkBuilder, joinChunks } from './text-chunks';
import { stripInvalidXmlChars } from './xml-text';

type Scalar = string | number | boolean;
type Data = Record<string, Scalar>;
/** Attribute name → GEXF type, in the order the names first appear. */
type Model = Map<string, string>;

/** Characters that may need stripping (surrogates are checked in full only when present). */
const MAYBE_INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const clean = (text: string) => (MAYBE_INVALID_XML.test(text) ? stripInvalidXmlChars(text) : text);

function nodeData(attributes: NodeAttributes): Data {
  const data: Data = {
    kind: clean(attributes.kind),
    aliases: stringListAttribute(attributes.aliases),
  };
  if (attributes.description !== undefined) data.description = clean(attributes.description);
  if (attributes.roles !== undefined) data.roles = jsonAttribute(attributes.roles);
  return data;
}

/**
 * `directed`: the edge's direction, written only in a mixed graph. `forModel`: only which names
 * appear and their types matter; a list's JSON is never empty, a boolean never false there.
 */
function edgeData(attributes: EdgeAttributes, directed: boolean | null, forModel = false): Data {
  const data: Data = {};
  if (directed !== null) data.directed = forModel || directed;
  if (attributes.date !== undefined) data.date = clean(attributes.date);
  if (attributes.dateApproximate !== undefined) data.dateApproximate = attributes.dateApproximate;
  if (attributes.tone !== undefined) data.tone = attributes.tone;
  data.evidence = forModel ? '[]' : evidenceAttribute(attributes.evidence);
  return data;
}

// --- XML text, as the xml-writer package escapes it ----------------------------------------

const WHITESPACE_ESCAPES: Readonly<Record<string, string>> = {
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};
const TEXT_SPECIAL = /[&<>]/g;
const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Attribute value escaping (& < " and tab/line breaks as references); `>` stays as is. */
const ATTRIBUTE_SPECIAL = /[&<"\t\n\r]/;

function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_SPECIAL.test(value)) return value;
  let out = value;
  if (out.includes('&')) out = out.split('&').join('&amp;');
  if (out.includes('<')) out = out.split('<').join('&lt;');
  if (out.includes('"')) out = out.split('"').join('&quot;');
  if (/[\t\n\r]/.test(out)) out = out.replace(/[\t\n\r]/g, (c) => WHITESPACE_ESCAPES[c] ?? c);
  return out;
}

/** The names whose values are JSON text, held in Data already escaped (see jsonAttribute). */
const JSON_VALUED: ReadonlySet<string> = new Set(['aliases', 'roles', 'evidence']);

/**
 * A value as JSON text, cleaned and escaped for an attribute. `JSON.stringify` escapes control
 * characters and lone surrogates, so this text holds no tab, line break or other character that
 * `clean` strips but U+FFFE/U+FFFF; without them, `&` and `<`, escaping is replacing each `"`.
 */
function jsonAttribute(value: unknown): string {
  const json = JSON.stringify(value);
  if (
    json.includes('&') ||
    json.includes('<') ||
    json.includes('\uFFFE') ||
    json.includes('\uFFFF')
  ) {
    return escapeAttribute(clean(json));
  }
  // split and join write one flat string; replaceAll builds a rope of every piece, which costs
  // twice as much once the chunk is joined
  return json.split('"').join('&quot;');
}

/** Text that JSON writes between quotes as it is, and an attribute holds unescaped and uncleaned. */
const JSON_PLAIN = /^[^"\\&<\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]*$/;
const QUOTED_SOURCE = '{&quot;source&quot;:&quot;';
const QUOTED_QUOTE = '&quot;,&quot;quote&quot;:&quot;';

/** `{source, quote}` in that order, nothing else, both plain: its JSON is known without writing it. */
function plainEvidence(item: unknown): item is { source: string; quote: string } {
  if (typeof item !== 'object' || item === null || Object.getPrototypeOf(item) !== Object.prototype)
    return false;
  if ('toJSON' in item) return false;
  let at = 0;
  for (const key in item) {
    if (key !== (at === 0 ? 'source' : at === 1 ? 'quote' : '')) return false;
    at++;
  }
  const { source, quote } = item as { source: unknown; quote: unknown };
  return (
    at === 2 &&
    typeof source === 'string' &&
    typeof quote === 'string' &&
    JSON_PLAIN.test(source) &&
    JSON_PLAIN.test(quote)
  );
}

/** A list JSON writes as its items, in order (no `toJSON` of its own, nothing inherited). */
const isPlainList = (value: unknown): value is unknown[] =>
  Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && !('toJSON' in value);

/** `jsonAttribute(list)` for a list of plain strings (aliases, nearly always), without JSON.stringify. */
function stringListAttribute(list: unknown): string {
  if (!isPlainList(list)) return jsonAttribute(list);
  let text = '[';
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (typeof item !== 'string' || !JSON_PLAIN.test(item)) return jsonAttribute(list);
    text += `${i === 0 ? '' : ','}&quot;${item}&quot;`;
  }
  return `${text}]`;
}

/**
 * `jsonAttribute(evidence)` without `JSON.stringify` and its escaping when every item is a plain
 * `{source, quote}` (nearly always): the same text, written straight from the two strings.
 */
function evidenceAttribute(evidence: unknown): string {
  if (!isPlainList(evidence)) return jsonAttribute(evidence);
  let text = '[';
  for (let i = 0; i < evidence.length; i++) {
    const item: unknown = evidence[i];
    if (!plainEvidence(item)) return jsonAttribute(evidence);
    text += `${i === 0 ? '' : ','}${QUOTED_SOURCE}${item.source}${QUOTED_QUOTE}${item.quote}&quot;}`;
  }
  return `${text}]`;
}

/** ` name="value"`; nothing for an empty string, as xml-writer skips falsy non-numbers. */
function attr(name: string, value: Scalar | undefined): string {
  if (value === undefined || value === '' || value === false) return '';
  return ` ${name}="${escapeAttribute(String(value))}"`;
}

// --- the attribute model, as graphology-gexf infers it --------------------------------------

const TYPE_PRIORITIES: Readonly<Record<string, number>> = {
  string: 5,
  double: 6,
  long: 7,
  integer: 8,
  boolean: 9,
};

const isEmpty = (value: Scalar) => value === '' || Number.isNaN(value);

function scalarType(value: Scalar): string {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (value !== (value | 0)) return 'double';
    return value <= 0x7fffffff && value >= -0x7fffffff ? 'integer' : 'long';
  }
  return 'string';
}

function addToModel(model: Model, data: Data): void {
  for (const name of Object.keys(data)) {
    const value = data[name] as Scalar;
    if (isEmpty(value)) continue;
    const type = scalarType(value);
    const current = model.get(name);
    if (current === type) continue;
    if (!current || (TYPE_PRIORITIES[type] ?? 0) < (TYPE_PRIORITIES[current] ?? 0)) {
      model.set(name, type);
    }
  }
}

function modelXml(model: Model, modelClass: string): string {
  if (model.size === 0) return '';
  let xml = `\n    <attributes class="${modelClass}">`;
  for (const [name, type] of model) {
    xml += `\n      <attribute${attr('id', name)}${attr('title', name)}${attr('type', type)}/>`;
  }
  return `${xml}\n    </attributes>`;
}

// --- elements ----------------------------------------------------------------------------------

const CHILD = '\n        ';

/** A model's names in order, each with the start of its <attvalue>. */
type Column = { name: string; open: string; escaped: boolean };

function columns(model: Model): Column[] {
  return [...model.keys()].map((name) => ({
    name,
    open: `\n          <attvalue${attr('for', name)} value="`,
    escaped: JSON_VALUED.has(name),
  }));
}

/**
 * An element's <attvalues> (or <attvalues/> when it has no value), for a model with columns.
 * Written as pieces into the chunk, which joins them once: no string per element is built first
 * only to be copied again.
 */
function pushAttvalues(chunk: ChunkBuilder, columns: readonly Column[], data: Data): void {
  let written = false;
  for (const { name, open, escaped } of columns) {
    const value = data[name];
    if (value === undefined || isEmpty(value)) continue;
    if (!written) chunk.push(`${CHILD}<attvalues>`);
    written = true;
    chunk.push(open);
    chunk.push(escaped ? String(value) : escapeAttribute(String(value)));
    chunk.push('"/>');
  }
  chunk.push(written ? `${CHILD}</attvalues>` : `${CHILD}<attvalues/>`);
}

/** ` name="value"` as `attr` writes it, for text, in pieces; `start` is ` name="`. */
function pushAttr(chunk: ChunkBuilder, start: string, value: string): void {
  if (value === '') return;
  chunk.push(start);
  chunk.push(escapeAttribute(value));
  chunk.push('"');
}

const RGBA_MATCH =
  /^\s*rgba?\s*\(\s*([0-9]+)\s*,\s*([0-9]+)\s*,\s*([0-9]+)\s*(?:,\s*([.0-9]+))?\)\s*$/i;
const HEX_MATCH = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * A colour as GEXF channels: r, g, b (0–255) and a (0–1) when it is not opaque; null for text
 * that is no colour Parley knows (then no <viz:color> is written rather than an empty one).
 */
export function colorChannels(
  color: string,
): { r: number; g: number; b: number; a?: number } | null {
  const hex = HEX_MATCH.exec(color)?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : (hex.match(/../g) ?? []);
    const [r, g, b, a] = digits.map((d) => Number.parseInt(d, 16)) as [
      number,
      number,
      number,
      number?,
    ];
    return a === undefined || a === 255
      ? { r, g, b }
      : { r, g, b, a: Math.round((a / 255) * 1000) / 1000 };
  }
  const match = RGBA_MATCH.exec(color);
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (r > 255 || g > 255 || b > 255) return null;
  return match[4] ? { r, g, b, a: Number(match[4]) } : { r, g, b };
}

/** <viz:color r g b (a)/> (Gephi's own notation since GEXF 1.1). */
function colorXml(color: string): string {
  const channels = colorChannels(color);
  if (!channels) return '';
  const alpha = channels.a === undefined ? '' : ` a="${channels.a}"`;
  return `${CHILD}<viz:color r="${channels.r}" g="${channels.g}" b="${channels.b}"${alpha}/>`;
}

function nodeVizXml(a: NodeAttributes): string {
  let xml = colorXml(a.color);
  if (a.size !== undefined) xml += `${CHILD}<viz:size value="${a.size}"/>`;
  if (a.x !== undefined || a.y !== undefined) {
    const x = a.x !== undefined ? ` x="${a.x}"` : '';
    const y = a.y !== undefined ? ` y="${a.y}"` : '';
    xml += `${CHILD}<viz:position${x}${y}/>`;
  }
  return xml;
}

export function exportGexf(graph: ParleyGraph, scope: ExportScope = {}): string {
  return joinChunks(exportGexfChunks(graph, scope));
}

/** The GEXF export in chunks of about CHUNK_CHARS characters; `exportGexf` is their join. */
export function* exportGexfChunks(
  graph: ParleyGraph,
  scope: ExportScope = {},
): Generator<string, void, undefined> {
  const { nodes: keepNodes, edges: keepEdges } = scope;
  const keepNode = (node: string) => !keepNodes || keepNodes.has(node);
  const keepEdge = (edge: string, source: string, target: string) =>
    keepNode(source) && keepNode(target) && (!keepEdges || keepEdges.has(edge));

  // first pass: the attribute models (names in order of first appearance, with their types)
  const nodeModel: Model = new Map();
  let nodeCount = 0;
  graph.forEachNode((node, attributes) => {
    if (!keepNode(node)) return;
    addToModel(nodeModel, nodeData(attributes));
    nodeCount++;
  });
  let edgeModel: Model = new Map();
  let directed = 0;
  let undirected = 0;
  graph.forEachEdge((edge, attributes, source, target, _s, _t, isUndirected) => {
    if (!keepEdge(edge, source, target)) return;
    addToModel(edgeModel, edgeData(attributes, null, true));
    if (isUndirected) undirected++;
    else directed++;
  });
  // a mixed graph is written as directed, each edge saying its direction in an attribute
  const mixed = directed > 0 && undirected > 0;
  const defaultEdgeType = undirected > 0 && directed === 0 ? 'undirected' : 'directed';
  if (mixed) edgeModel = new Map([['directed', 'boolean'], ...edgeModel]);

  const title = clean(graph.getAttribute('title') ?? '');
  const nodeColumns = columns(nodeModel);
  const edgeColumns = columns(edgeModel);
  const sources = clean(JSON.stringify(graph.getAttribute('sources') ?? []));
  const text = (value: string) => value.replace(TEXT_SPECIAL, (c) => TEXT_ESCAPES[c] ?? c);
  const chunk = new ChunkBuilder();
  chunk.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">' +
      `\n  <meta>\n    <creator>Parley</creator>\n    <description>${text(title)}</description>\n    <title>${text(title)}</title>\n    <sources>${text(sources)}</sources>\n  </meta>` +
      `\n  <graph${attr('defaultedgetype', defaultEdgeType)}>` +
      modelXml(nodeModel, 'node') +
      modelXml(edgeModel, 'edge') +
      (nodeCount === 0 ? '\n    <nodes/>' : '\n    <nodes>'),
  );
  // second pass: the elements
  for (const { node, attributes } of graph.nodeEntries()) {
    if (!keepNode(node)) continue;
    chunk.push('\n      <node');
    pushAttr(chunk, ' id="', node);
    pushAttr(chunk, ' label="', clean(attributes.label));
    const viz = nodeVizXml(attributes);
    if (nodeColumns.length === 0 && viz === '') chunk.push('/>');
    else {
      chunk.push('>');
      if (nodeColumns.length > 0) pushAttvalues(chunk, nodeColumns, nodeData(attributes));
      chunk.push(viz);
      chunk.push('\n      </node>');
    }
    if (chunk.full) yield chunk.take();
  }
  if (nodeCount > 0) chunk.push('\n    </nodes>');
  chunk.push(directed + undirected === 0 ? '\n    <edges/>' : '\n    <edges>');
  for (const {
    edge,
    attributes,
    source,
    target,
    undirected: isUndirected,
  } of graph.edgeEntries()) {
    if (!keepEdge(edge, source, target)) continue;
    chunk.push('\n      <edge');
    pushAttr(chunk, ' id="', edge);
    pushAttr(chunk, ' source="', source);
    pushAttr(chunk, ' target="', target);
    pushAttr(chunk, ' kind="', clean(attributes.kind));
    pushAttr(chunk, ' label="', clean(attributes.label));
    if (edgeColumns.length === 0) chunk.push('/>');
    else {
      chunk.push('>');
      pushAttvalues(chunk, edgeColumns, edgeData(attributes, mixed ? !isUndirected : null));
      chunk.push('\n      </edge>');
    }
    if (chunk.full) yield chunk.take();
  }
  if (directed + undirected > 0) chunk.push('\n    </edges>');
  chunk.push('\n  </graph>\n</gexf>');
  yield chunk.take();
}
