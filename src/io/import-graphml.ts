// Reads GraphML (yEd, Gephi, Parley's own export) by walking the DOM: <key> declarations type the
// <data> values, `directed` on an edge overrides the graph's edgedefault, Gephi's r/g/b become a
// colour and yEd's node graphics give label, position and colour. Nested graphs and hyperedges
// are not read (a warning says so). graphology-graphml's parser is not used: it ignores
// directed="false" under edgedefault="directed" and reads yEd's graphics as attributes.

import { RESERVED_KEYS } from '../data/reserved-keys';
import type { ImportProblem, LooseEdge, LooseGraph, LooseNode } from './import-types';
import { childElements, graphElementOf, localName } from './xml-dom';

type KeySpec = {
  name: string;
  type: string;
  domain: string;
  fallback: string | null;
  graphics: boolean;
};

export type GraphmlReadResult =
  | { ok: true; graph: LooseGraph; warnings: string[] }
  | { ok: false; problems: ImportProblem[] };

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

/** Gephi writes colours as r, g, b integers; Parley keeps one `color`. */
function mergeRgb(attributes: Record<string, unknown>): void {
  const [r, g, b] = [byteHex(attributes.r), byteHex(attributes.g), byteHex(attributes.b)];
  if (r === null || g === null || b === null) return;
  if (attributes.color === undefined) attributes.color = `#${r}${g}${b}`;
  delete attributes.r;
  delete attributes.g;
  delete attributes.b;
}

function firstDescendant(element: Element, name: string): Element | null {
  for (const candidate of Array.from(element.getElementsByTagName('*'))) {
    if (localName(candidate) === name) return candidate;
  }
  return null;
}

/** yEd keeps a node's label, box and fill inside <data> of a key marked yfiles.type. */
function readYedGraphics(data: Element, attributes: Record<string, unknown>): void {
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
}

function readData(
  element: Element,
  domain: string,
  keys: Map<string, KeySpec>,
  path: string,
  problems: ImportProblem[],
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  const given = new Set<string>();
  for (const data of childElements(element, 'data')) {
    const keyId = data.getAttribute('key') ?? '';
    const spec = keys.get(keyId);
    given.add(keyId);
    if (spec?.graphics) {
      readYedGraphics(data, attributes);
      continue;
    }
    const name = spec?.name ?? keyId;
    if (name === '' || RESERVED_KEYS.has(name)) continue;
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
  mergeRgb(attributes);
  return attributes;
}

export function readGraphml(document: Document): GraphmlReadResult {
  const root = document.documentElement;
  const found = graphElementOf(root);
  if (!found.ok) return found;
  const graphElement = found.element;
  const keys = readKeys(root);
  const edgeDefault =
    graphElement.getAttribute('edgedefault') === 'directed' ? 'directed' : 'undirected';
  const problems: ImportProblem[] = [];
  const warnings: string[] = [];

  const nodes: LooseNode[] = childElements(graphElement, 'node').map((element, i) => {
    if (childElements(element, 'graph').length > 0 && warnings.length === 0) {
      warnings.push(
        'nested graphs inside nodes were not read; only the top-level nodes and edges are',
      );
    }
    return {
      key: element.getAttribute('id') ?? '',
      attributes: readData(element, 'node', keys, `nodes[${i}]`, problems),
    };
  });
  const edges: LooseEdge[] = childElements(graphElement, 'edge').map((element, i) => {
    const directed = element.getAttribute('directed');
    const isDirected = directed === null ? edgeDefault === 'directed' : directed === 'true';
    return {
      key: element.getAttribute('id') || null,
      source: element.getAttribute('source') ?? '',
      target: element.getAttribute('target') ?? '',
      undirected: !isDirected,
      attributes: readData(element, 'edge', keys, `edges[${i}]`, problems),
    };
  });
  const hyperedges = childElements(graphElement, 'hyperedge').length;
  if (hyperedges > 0)
    warnings.push(`${hyperedges} hyperedge(s) were not read: Parley draws edges between two nodes`);
  const attributes = readData(graphElement, 'graph', keys, 'graph', problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, graph: { attributes, nodes, edges, where: WHERE }, warnings };
}
