// Shared pieces of the fuzz suites: generators of hostile JSON and XML, structural mutations of
// real files, the invariants every import must keep (a clean result, never an exception, never a
// polluted prototype) and a pass over what the panels compute from an imported graph.
import fc from 'fast-check';
import { expect } from 'vitest';
import { mostConnected } from '../../src/graph/most-connected';
import { relationDetails, relationshipsOf } from '../../src/graph/relationships';
import { timelineDomain, timelineItems } from '../../src/graph/timeline';
import type { ParleyGraph } from '../../src/graph/types';
import { exportCsv } from '../../src/io/export-csv';
import { exportGexf } from '../../src/io/export-gexf';
import { exportGraphml } from '../../src/io/export-graphml';
import { exportJsonText } from '../../src/io/export-json';
import { type ImportResult, importText } from '../../src/io/import-file';
import { createSearchIndex, searchDocsFromGraph } from '../../src/search/search-index';
import { INITIAL_STATE } from '../../src/state/app-state';
import { createViewDeriver } from '../../src/state/derive-view';
import { formatHash, parseHash } from '../../src/state/url';
import { nodeXml } from '../io/node-dom-parser';

/**
 * The seed every fuzzing property starts from. Fixed by default, so that `npm test` checks the
 * same cases on every run and a red run is a change in the code, not a draw: FUZZ_SEED=<n>
 * replays a seed, FUZZ_SEED=random draws a new one (printed in the suite's name) to explore.
 */
export function fuzzSeed(): number {
  const wanted = process.env.FUZZ_SEED;
  if (wanted === 'random') return Date.now() % 2 ** 31;
  return wanted === undefined || wanted === '' ? 20_251_205 : Number(wanted);
}

/**
 * How many times a property runs: `numRuns` times FUZZ_SCALE (1 by default). `npm test` runs the
 * default counts from the fixed seed; `npm run fuzz` draws a new seed and runs ten times as many.
 */
export function scaledRuns(numRuns: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? 1);
  return Math.max(1, Math.round(numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

export const XSS_PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '"><svg onload=window.__pwned=1>',
] as const;

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

// ------------------------------------------------------------------------------------------
// Counting what each suite generated, printed once per file.

const counts = new Map<string, { generated: number; accepted: number }>();

/** Counts one generated input for a target, and whether it was accepted (imported, a route). */
export function count(target: string, accepted: boolean): void {
  const entry = counts.get(target) ?? { generated: 0, accepted: 0 };
  entry.generated += 1;
  if (accepted) entry.accepted += 1;
  counts.set(target, entry);
}

export function printCounts(suite: string, started: number): void {
  const total = [...counts.values()].reduce((a, b) => a + b.generated, 0);
  const lines = [...counts].map(
    ([target, n]) => `  ${target}: ${n.generated} (${n.accepted} accepted)`,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${suite}: ${total} generated inputs in ${seconds} s\n${lines.join('\n')}`);
}

// ------------------------------------------------------------------------------------------
// Invariants

const PROTOTYPES = [Object.prototype, Array.prototype, String.prototype, Function.prototype];
const snapshot = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(','));

/** Throws when any import has added or changed a key on a built-in prototype. */
export function expectCleanPrototypes(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'x', 'label', 'kind', 'color', 'key', 'nodes']) {
    if (probe[key] !== undefined) throw new Error(`Object.prototype.${key} was polluted`);
  }
  PROTOTYPES.forEach((p, i) => {
    const now = Object.getOwnPropertyNames(p).sort().join(',');
    if (now !== snapshot[i]) throw new Error(`a built-in prototype changed: ${now}`);
  });
  if (Object.getPrototypeOf({}) !== Object.prototype) throw new Error('{} lost its prototype');
}

/** The messages of importText's safety net, which would mean a reader threw. */
const INTERNAL_ERROR = /could not be read:/;

/**
 * Imports one generated file and checks the result is clean: a graph every panel can show, or
 * problems with a path and a message; no exception, no polluted prototype.
 */
export function fuzzImport(target: string, fileName: string, text: string): void {
  const result = importText(fileName, text, nodeXml);
  expectCleanImport(result);
  count(target, result.ok);
}

export function expectCleanImport(result: ImportResult): void {
  expectCleanPrototypes();
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(typeof problem.path).toBe('string');
      expect(typeof problem.message).toBe('string');
      if (INTERNAL_ERROR.test(problem.message))
        throw new Error(`an importer threw: ${problem.path}: ${problem.message}`);
    }
    return;
  }
  const { graph } = result;
  expect(graph.order).toBeGreaterThan(0);
  graph.forEachNode((node, a) => {
    if (typeof a.label !== 'string' || typeof a.kind !== 'string' || typeof a.color !== 'string')
      throw new Error(`node ${JSON.stringify(node)} has a label, kind or colour that is not text`);
    if (![a.x, a.y, a.size].every(Number.isFinite) || a.size <= 0)
      throw new Error(`node ${JSON.stringify(node)} has a position or size that is not drawable`);
    if (!Array.isArray(a.aliases)) throw new Error(`node ${JSON.stringify(node)} has no aliases`);
  });
  let selfLoops = 0;
  graph.forEachEdge((edge, a, source, target) => {
    if (typeof a.label !== 'string' || typeof a.kind !== 'string' || !Array.isArray(a.evidence))
      throw new Error(`edge ${JSON.stringify(edge)} has a label, kind or evidence of a wrong type`);
    if (source === target) selfLoops++;
  });
  // Nothing in silence: the report counts what the graph holds, self-loops included.
  const { report } = result;
  if (report.entities !== graph.order || report.relations !== graph.size)
    throw new Error(
      `the report says ${report.entities}/${report.relations}, the graph holds ${graph.order}/${graph.size}`,
    );
  if (report.selfLoops.count !== selfLoops)
    throw new Error(
      `the report counts ${report.selfLoops.count} self-loops, the graph holds ${selfLoops}`,
    );
  exerciseGraph(graph);
  expectCleanPrototypes();
}

/** What the panels, the search box, the URL and the exports compute from a graph: none may throw. */
export function exerciseGraph(graph: ParleyGraph): void {
  const nodes = graph.nodes().slice(0, 12);
  const edges = graph.edges().slice(0, 12);
  for (const node of nodes) {
    const groups = relationshipsOf(graph, node);
    for (const group of groups) expect(typeof group.meaning).toBe('string');
    const hash = formatHash({ type: 'entity', id: node });
    const route = parseHash(hash);
    if (!route.ok || route.selection?.id !== node)
      throw new Error(`the link to node ${JSON.stringify(node)} does not lead back to it`);
  }
  for (const edge of edges) {
    relationDetails(graph, edge);
    const route = parseHash(formatHash({ type: 'relation', id: edge }));
    if (!route.ok || route.selection?.id !== edge)
      throw new Error(`the link to edge ${JSON.stringify(edge)} does not lead back to it`);
  }
  timelineDomain(timelineItems(graph));
  mostConnected(graph, 6);
  const index = createSearchIndex(searchDocsFromGraph(graph));
  const first = graph.getNodeAttribute(graph.nodes()[0] as string, 'label');
  index.search(first);
  const derive = createViewDeriver(graph);
  const [from, to] = [graph.nodes()[0] ?? null, graph.nodes().at(-1) ?? null];
  derive({ ...INITIAL_STATE, path: { from, to, avoidKinds: new Set() } });
  exportJsonText(graph);
  exportGexf(graph);
  exportGraphml(graph);
  exportCsv(graph);
}

// ------------------------------------------------------------------------------------------
// Hostile JSON

const HOSTILE_STRINGS = [
  ...XSS_PAYLOADS,
  ...PROTOTYPE_KEYS,
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '2025-05-12',
  '2025-02-30',
  'https://example.org/a',
  'javascript:alert(1)',
  '\ud800',
  '\u0000',
  '%E0%A4%A',
  '#ff0000',
  'rgb(1,2,3)',
  '[1,2',
  '["a","b"]',
  '[{"title":"x"}]',
];

/** Object keys: mostly the names Parley reads and the prototype's, sometimes anything. */
export const jsonKey = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...PROTOTYPE_KEYS,
      'polluted',
      'toString',
      'valueOf',
      'key',
      'nodes',
      'edges',
      'attributes',
      'options',
      'entities',
      'relations',
      'sources',
      'schemaVersion',
      'label',
      'kind',
      'aliases',
      'description',
      'roles',
      'source',
      'target',
      'undirected',
      'id',
      'title',
      'evidence',
      'quote',
      'date',
      'tone',
      'x',
      'y',
      'size',
      'color',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

/** A JSON scalar as text: numbers out of range, hostile and broken strings, lone surrogates. */
export const jsonScalarText = fc.oneof(
  fc.constantFrom('null', 'true', 'false', '0', '-0', '1e400', '-1e400', '1e-400', '1', '2'),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.constantFrom(...HOSTILE_STRINGS).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'binary', maxLength: 24 }).map((s) => JSON.stringify(s)),
);

/** Any JSON value as text, with hostile keys (own "__proto__" keys included, as JSON.parse makes them). */
export const jsonValueText: fc.Arbitrary<string> = fc.letrec<{
  value: string;
  array: string;
  object: string;
}>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, jsonScalarText, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
  object: fc
    .array(fc.tuple(jsonKey, tie('value')), { maxLength: 6 })
    .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
})).value;

const payloadText = fc
  .constantFrom(...XSS_PAYLOADS, ...PROTOTYPE_KEYS)
  .map((s) => JSON.stringify(s));
const numberText = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => JSON.stringify(n));
const sizeText = fc.double({ min: 0.5, max: 50, noNaN: true }).map((n) => JSON.stringify(n));
/** A value for a known attribute: mostly of the right type (so the file gets through), sometimes anything. */
const plausible = (good: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 15, arbitrary: good }, { weight: 1, arbitrary: jsonValueText });
const KNOWN_ATTRIBUTES: Record<string, fc.Arbitrary<string>> = {
  label: plausible(payloadText),
  kind: plausible(fc.oneof(payloadText, fc.constantFrom('"person"', '"event"', '"topic"'))),
  description: plausible(payloadText),
  aliases: plausible(fc.array(payloadText, { maxLength: 3 }).map((a) => `[${a.join(',')}]`)),
  roles: plausible(payloadText.map((t) => `[{"title":${t}}]`)),
  x: plausible(numberText),
  y: plausible(numberText),
  size: plausible(sizeText),
  color: plausible(fc.constantFrom('"#ff0000"', '"rgb(1,2,3)"', '"red; background:url(x)"')),
  date: plausible(fc.constantFrom('"2025-05-12"', '"2025"', '"2024-02-29"')),
  evidence: plausible(payloadText.map((t) => `[{"source":"a1","quote":${t}}]`)),
  tone: plausible(fc.constantFrom('"verbal-conflict"', '"material-cooperation"')),
};
const attributeEntries = fc
  .tuple(
    fc
      .subarray(Object.keys(KNOWN_ATTRIBUTES))
      .chain((names) =>
        fc.tuple(
          ...names.map((name) =>
            (KNOWN_ATTRIBUTES[name] as fc.Arbitrary<string>).map(
              (v) => [name, v] as [string, string],
            ),
          ),
        ),
      ),
    fc.array(fc.tuple(jsonKey, jsonValueText), { maxLength: 2 }),
  )
  .map(([known, extra]) => [...known, ...extra]);
const objectText = (entries: [string, string][]) =>
  `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;

/** A graphology-shaped document (nodes and edges over a few keys) with hostile attributes. */
export const graphologyText = fc
  .record({
    graph: attributeEntries,
    keys: fc.uniqueArray(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...XSS_PAYLOADS, 'a', 'b', 'c', '1', '2') },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      ),
      { minLength: 1, maxLength: 5 },
    ),
    attributes: fc.array(attributeEntries, { minLength: 5, maxLength: 5 }),
    edges: fc.array(
      fc.record({
        source: fc.nat(),
        target: fc.nat(),
        undirected: plausible(fc.constantFrom('true', 'false', 'null')),
        attributes: attributeEntries,
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ graph, keys, attributes, edges }) => {
    const key = (i: number) => JSON.stringify(keys[i % keys.length]);
    const nodeList = keys.map(
      (k, i) => `{"key":${JSON.stringify(k)},"attributes":${objectText(attributes[i] ?? [])}}`,
    );
    const edgeList = edges.map(
      (e) =>
        `{"source":${key(e.source)},"target":${key(e.target)},"undirected":${e.undirected},"attributes":${objectText(e.attributes)}}`,
    );
    return `{"attributes":${objectText(graph)},"nodes":[${nodeList.join(',')}],"edges":[${edgeList.join(',')}]}`;
  });

// ------------------------------------------------------------------------------------------
// Structural mutations of a parsed JSON document

export type JsonMutation = {
  /** Which child to take at each level (modulo the number of children). */
  path: number[];
  op: 'replace' | 'delete' | 'insert' | 'duplicate' | 'stringify' | 'number';
  key: string;
  value: string;
};

export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  op: fc.constantFrom('replace', 'delete', 'insert', 'duplicate', 'stringify', 'number'),
  key: jsonKey,
  value: fc.oneof(jsonScalarText, jsonValueText),
});

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Sets an own property, even "__proto__", as JSON.parse would. */
function put(target: Container, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Applies one mutation in place; the document's root stays an object. */
export function mutate(doc: Container, m: JsonMutation): void {
  let parent: Container | null = null;
  let key: string | number = 0;
  let current: unknown = doc;
  for (const step of m.path) {
    if (!isContainer(current)) break;
    const keys = Array.isArray(current) ? current.map((_, i) => i) : Object.keys(current);
    if (keys.length === 0) break;
    parent = current;
    key = keys[step % keys.length] as string | number;
    current = (parent as Record<string, unknown>)[key];
  }
  const value = JSON.parse(m.value) as unknown;
  if (parent === null) {
    if (!Array.isArray(doc)) put(doc, m.key, value);
    return;
  }
  const target = parent as Record<string, unknown>;
  switch (m.op) {
    case 'replace':
      put(parent, key, value);
      break;
    case 'delete':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete target[key];
      break;
    case 'insert': {
      const child = target[key];
      if (Array.isArray(child)) child.push(value);
      else if (isContainer(child)) put(child, m.key, value);
      else put(parent, Array.isArray(parent) ? parent.length : m.key, value);
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(target[key]));
      else put(parent, m.key, structuredClone(target[key]));
      break;
    case 'stringify':
      put(parent, key, JSON.stringify(target[key]) ?? 'undefined');
      break;
    case 'number':
      put(parent, key, Number.parseFloat(m.value) || -1.5);
      break;
  }
}

/** A fresh copy of `base` (JSON text) with the mutations applied, as JSON text. */
export function mutatedText(base: string, mutations: readonly JsonMutation[]): string {
  const doc = JSON.parse(base) as Container;
  for (const m of mutations) mutate(doc, m);
  return JSON.stringify(doc);
}

// ------------------------------------------------------------------------------------------
// XML mutations, on tokens (tags and the text between them)

export type XmlMutation = {
  at: number;
  op: 'delete' | 'duplicate' | 'swap' | 'attribute' | 'insert' | 'truncate';
  other: number;
  junk: string;
};

const xmlJunk = fc.oneof(
  fc.constantFrom(
    ...XSS_PAYLOADS.map((p) => p.replaceAll('<', '&lt;').replaceAll('"', '&quot;')),
    ...PROTOTYPE_KEYS,
    '',
    '&amp;',
    '&lt;x&gt;',
    ']]>',
    '<![CDATA[<b>]]>',
    '<!-- c -->',
    '<node id="a"/>',
    '<edge source="a" target="zz"/>',
    '<data key="label">x</data>',
    '<!DOCTYPE x [<!ENTITY e "boom">]>',
    '&e;',
    '-1e400',
    'NaN',
    '[1,2',
    '["a"]',
  ),
  fc.string({ maxLength: 16 }),
);

export const xmlMutation: fc.Arbitrary<XmlMutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'attribute', 'insert', 'truncate'),
  other: fc.nat(),
  junk: xmlJunk,
});

/** Applies token-level mutations to XML text. */
export function mutatedXml(base: string, mutations: readonly XmlMutation[]): string {
  const tokens = base.split(/(<[^>]*>)/).filter((t) => t !== '');
  for (const m of mutations) {
    if (tokens.length === 0) break;
    const i = m.at % tokens.length;
    const j = m.other % tokens.length;
    switch (m.op) {
      case 'delete':
        tokens.splice(i, 1);
        break;
      case 'duplicate':
        tokens.splice(i, 0, tokens[i] as string);
        break;
      case 'swap':
        [tokens[i], tokens[j]] = [tokens[j] as string, tokens[i] as string];
        break;
      case 'attribute': {
        const values = [...(tokens[i] as string).matchAll(/="[^"]*"/g)];
        const hit = values[m.other % Math.max(1, values.length)];
        if (hit?.index !== undefined) {
          const token = tokens[i] as string;
          const junk = m.junk.replaceAll('"', '&quot;');
          tokens[i] =
            `${token.slice(0, hit.index)}="${junk}"${token.slice(hit.index + hit[0].length)}`;
        }
        break;
      }
      case 'insert':
        tokens.splice(i, 0, m.junk);
        break;
      case 'truncate':
        tokens.length = Math.max(1, i);
        break;
    }
  }
  return tokens.join('');
}
