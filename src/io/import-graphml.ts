// Reads GraphML (yEd, Gephi, NetworkX, Parley's own export) by walking the DOM: <key> declarations
// type the <data> values; an edge's direction is its `directed` attribute, else a boolean
// `directed` <data> (how Parley writes a graph that mixes both), else the graph's edgedefault;
// Gephi's r/g/b become a colour and yEd's node graphics give label, position and colour. Nested
// graphs and hyperedges are not read (the report says so). graphology-graphml's parser is not
// used: it ignores directed="false" under edgedefault="directed" and reads yEd's graphics as
// attributes.

import { RESERVED_KEYS } from '../data/reserved-keys';
import type { AttributeScope } from './import-report';
import type { ImportProblem, LooseEdge, LooseGraph, LooseNode, ReaderNotes } from './import-types';
import { childElements, graphElementOf, localName } from './xml-dom';

type KeySpec = {
  name: string;
  type: string;
  domain: string;
  fallback: string | null;
  graphics: boolean;
};

export type GraphmlReadResult =
  | { ok: true; graph: LooseGraph }
  | { ok: false; problems: ImportProblem[] };

/** What reading the <data> changed, counted per attribute name for the report. */
type Tally = {
  reserved: Map<string, number>;
  rgb: number;
  yed: number;
};

const SCOPES: Readonly<Record<string, AttributeScope>> = {
  node: 'entity',
  edge: 'relation',
  graph: 'graph',
};

const NUMERIC_TYPES = new Set(['int', 'long', 'float', 'double']);
const WHERE = { keyName: 'id', elementAttributes: [], graphAttributes: ['graph'] } as const;

function readKeys(root: Element): Map<string, KeySpec> {
  const keys = new Map<string, KeySpec>();
  for (const key of childElements(root, 'key')) {
    const id = key.getAttribute('id');
    if (!id) continue;
    const fallback = childElements(key, 'default')[0];
    keys.set(id, {
      name: key.getAttribute('attr.name') || id,
      type: (key.getAttribute('attr.type') || 'string').toLowerCase(),
      domain: key.getAttribute('for') || 'all',
      fallback: fallback ? (fallback.textContent ?? '') : null,
      graphics: key.hasAttribute('yfiles.type'),
    });
  }
  return keys;
}

/** A <data> value typed by its key: numbers and booleans checked, everything else kept as text. */
function castValue(
  raw: string,
  spec: KeySpec | undefined,
): { value: unknown } | { problem: string } {
  const type = spec?.type ?? 'string';
  if (NUMERIC_TYPES.has(type)) {
    const value = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(value)) {
      return { problem: `${JSON.stringify(raw)} is not a number (its key is declared ${type})` };
    }
    return { value };
  }
  if (type === 'boolean') {
    const word = raw.trim().toLowerCase();
    if (word === 'true' || word === 'false') return { value: word === 'true' };
    return { problem: `${JSON.stringify(raw)} is not true or false (its key is declared boolean)` };
  }
  return { value: raw };
}

function byteHex(value: unknown): string | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 255
    ? value.toString(16).padStart(2, '0')
    : null;
}

/** Gephi writes colours as r, g, b integers; Parley keeps one `color`. True when r/g/b made it. */
function mergeRgb(attributes: Record<string, unknown>): boolean {
  const [r, g, b] = [byteHex(attributes.r), byteHex(attributes.g), byteHex(attributes.b)];
  if (r === null || g === null || b === null) return false;
  const made = attributes.color === undefined;
  if (made) attributes.color = `#${r}${g}${b}`;
  delete attributes.r;
  delete attributes.g;
  delete attributes.b;
  return made;
}

function firstDescendant(element: Element, name: string): Element | null {
  for (const candidate of Array.from(element.getElementsByTagName('*'))) {
    if (localName(candidate) === name) return candidate;
  }
  return null;
}

/** yEd keeps a node's label, box and fill inside <data> of a key marked yfiles.type. */
function readYedGraphics(data: Element, attributes: Record<string, unknown>): boolean {
  const label = firstDescendant(data, 'NodeLabel') ?? firstDescendant(data, 'EdgeLabel');
  const text = label?.textContent?.trim();
  if (text && attributes.label === undefined) attributes.label = text;
  const fill = firstDescendant(data, 'Fill')?.getAttribute('color');
  if (fill && attributes.color === undefined) attributes.color = fill;
  const geometry = firstDescendant(data, 'Geometry');
  if (geometry && attributes.x === undefined && attributes.y === undefined) {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) =>
      Number(geometry.getAttribute(n) ?? 0),
    );
    if ([x, y, w, h].every(Number.isFinite)) {
      attributes.x = (x as number) + (w as number) / 2;
      // yEd's y grows downwards; sigma's and Gephi's grow upwards.
      attributes.y = -((y as number) + (h as number) / 2);
    }
  }
  return Boolean(text || fill || geometry);
}

function readData(
  element: Element,
  domain: string,
  keys: Map<string, KeySpec>,
  path: string,
  problems: ImportProblem[],
  tally: Tally,
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  const given = new Set<string>();
  let yed = false;
  for (const data of childElements(element, 'data')) {
    const keyId = data.getAttribute('key') ?? '';
    const spec = keys.get(keyId);
    given.add(keyId);
    if (spec?.graphics) {
      yed = readYedGraphics(data, attributes) || yed;
      continue;
    }
    const name = spec?.name ?? keyId;
    if (name === '' || RESERVED_KEYS.has(name)) {
      const shown = name === '' ? '(no name)' : name;
      tally.reserved.set(shown, (tally.reserved.get(shown) ?? 0) + 1);
      continue;
    }
    const cast = castValue(data.textContent ?? '', spec);
    if ('problem' in cast) problems.push({ path: `${path}.${name}`, message: cast.problem });
    else attributes[name] = cast.value;
  }
  for (const [id, spec] of keys) {
    const applies = spec.domain === domain || spec.domain === 'all';
    if (!applies || given.has(id) || spec.fallback === null || spec.graphics) continue;
    if (RESERVED_KEYS.has(spec.name) || Object.hasOwn(attributes, spec.name)) continue;
    const cast = castValue(spec.fallback, spec);
    if ('value' in cast) attributes[spec.name] = cast.value;
  }
  if (mergeRgb(attributes)) tally.rgb++;
  if (yed) tally.yed++;
  return attributes;
}

/** The report's lines for one domain's tally. */
function tallyNotes(domain: string, tally: Tally, notes: Required<ReaderNotes>): void {
  const scope = SCOPES[domain] ?? 'graph';
  for (const [name, count] of tally.reserved) {
    notes.dropped.push({ scope, name, count, reason: 'its name is reserved (or empty)' });
  }
  if (tally.rgb > 0) notes.renamed.push({ scope, from: 'r, g, b', to: 'color', count: tally.rgb });
  if (tally.yed > 0) {
    notes.renamed.push({
      scope,
      from: 'yEd graphics',
      to: scope === 'entity' ? 'label, x, y, color' : 'label',
      count: tally.yed,
    });
  }
}

const newTally = (): Tally => ({ reserved: new Map(), rgb: 0, yed: 0 });

export function readGraphml(document: Document): GraphmlReadResult {
  const root = document.documentElement;
  const found = graphElementOf(root);
  if (!found.ok) return found;
  const graphElement = found.element;
  const keys = readKeys(root);
  const edgeDefault =
    graphElement.getAttribute('edgedefault') === 'directed' ? 'directed' : 'undirected';
  const problems: ImportProblem[] = [];
  const notes: Required<ReaderNotes> = { renamed: [], dropped: [], leftOut: [] };
  const tallies = { node: newTally(), edge: newTally(), graph: newTally() };

  let nested = 0;
  const nodes: LooseNode[] = childElements(graphElement, 'node').map((element, i) => {
    nested += childElements(element, 'graph').length;
    return {
      key: element.getAttribute('id') ?? '',
      attributes: readData(element, 'node', keys, `nodes[${i}]`, problems, tallies.node),
    };
  });
  const edges: LooseEdge[] = childElements(graphElement, 'edge').map((element, i) => {
    const attributes = readData(element, 'edge', keys, `edges[${i}]`, problems, tallies.edge);
    const directed = element.getAttribute('directed');
    let isDirected = directed === null ? edgeDefault === 'directed' : directed === 'true';
    if (directed === null && typeof attributes.directed === 'boolean') {
      isDirected = attributes.directed;
      delete attributes.directed;
    }
    return {
      key: element.getAttribute('id') || null,
      source: element.getAttribute('source') ?? '',
      target: element.getAttribute('target') ?? '',
      undirected: !isDirected,
      attributes,
    };
  });
  if (nested > 0) {
    notes.leftOut.push({
      what: nested === 1 ? 'nested graph' : 'nested graphs',
      count: nested,
      reason: 'graphs inside nodes are not read; only the top-level nodes and edges are',
    });
  }
  const hyperedges = childElements(graphElement, 'hyperedge').length;
  if (hyperedges > 0) {
    notes.leftOut.push({
      what: hyperedges === 1 ? 'hyperedge' : 'hyperedges',
      count: hyperedges,
      reason: 'Parley draws relations between two entities',
    });
  }
  const attributes = readData(graphElement, 'graph', keys, 'graph', problems, tallies.graph);
  if (problems.length > 0) return { ok: false, problems };
  for (const [domain, tally] of Object.entries(tallies)) tallyNotes(domain, tally, notes);
  return { ok: true, graph: { attributes, nodes, edges, where: WHERE, notes } };
}
