// Dataset → graphology multi-graph with its display attributes: colour by kind,
// size by the number of distinct neighbours, and a deterministic layout. Shared by app and CLI.
import { MultiGraph } from 'graphology';
import type { Dataset, Entity, Relation } from '../data/schema';
import { assignLayout, type LayoutSettings } from './layout';
import { colorForKind } from './palette';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from './types';

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 20;

export type BuildOptions = { layout?: Partial<LayoutSettings> | false };

export function createEmptyGraph(attributes: GraphAttributes): ParleyGraph {
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'mixed',
    allowSelfLoops: true,
  });
  graph.replaceAttributes(attributes);
  return graph;
}

/** The size of a node with `neighbours` distinct neighbours: by square root, between MIN and MAX. */
export function nodeSize(neighbours: number, maxNeighbours: number): number {
  const share = maxNeighbours > 0 ? neighbours / maxNeighbours : 0;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(share);
}

/** Every node's size by its number of distinct neighbours, the most connected at MAX_NODE_SIZE. */
export function nodeSizes(graph: ParleyGraph): Map<string, number> {
  // one neighbour count per node (graph.neighbors builds an array)
  const counts = new Map<string, number>();
  graph.forEachNode((node) => {
    counts.set(node, graph.neighbors(node).length);
  });
  return sizesFromCounts(counts);
}

function sizesFromCounts(counts: ReadonlyMap<string, number>): Map<string, number> {
  let maxNeighbours = 1;
  for (const count of counts.values()) if (count > maxNeighbours) maxNeighbours = count;
  const sizes = new Map<string, number>();
  for (const [node, count] of counts) sizes.set(node, nodeSize(count, maxNeighbours));
  return sizes;
}

/** Sizes nodes by the square root of their number of distinct neighbours, between MIN and MAX. */
export function assignSizes(graph: ParleyGraph): void {
  setSizes(graph, nodeSizes(graph));
}

function setSizes(graph: ParleyGraph, sizes: ReadonlyMap<string, number>): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    attributes.size = sizes.get(node) ?? MIN_NODE_SIZE;
    return attributes;
  });
}

/**
 * graphology keeps each node's neighbours in three plain objects keyed by neighbour (`in`, `out`,
 * `undirected`). V8 gives an object filled key by key a hidden class per distinct sequence of keys,
 * so 500k edges make millions of them (most of building a big graph, and of its garbage). An object
 * in dictionary mode has none: each of a node's three objects is switched to it before its edges
 * go in, by adding two keys and deleting the first (which V8 cannot undo by a map transition).
 * Only what graphology sees stays the same: the objects keep their identity, prototype and (empty)
 * contents. When graphology's node records do not look as expected, nothing is touched.
 */
export function useDictionaryAdjacency(graph: ParleyGraph): void {
  const nodes: unknown = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  for (const data of nodes.values() as Iterable<Record<string, unknown>>) {
    for (const side of ADJACENCY) {
      const index = data[side];
      if (typeof index !== 'object' || index === null) continue;
      const keys = index as Record<string, unknown>;
      let empty = true;
      for (const _ in keys) empty = false;
      if (!empty) continue;
      keys[SCRATCH_A] = 0;
      keys[SCRATCH_B] = 0;
      delete keys[SCRATCH_A];
      delete keys[SCRATCH_B];
    }
  }
}
const ADJACENCY = ['in', 'out', 'undirected'] as const;
// never node ids: ids start with a letter or digit
const SCRATCH_A = '\u0000a';
const SCRATCH_B = '\u0000b';

// --- attribute objects -------------------------------------------------------------------------
// `const { id, ...rest } = item` copies the rest through V8's runtime, key by key, into an object
// in dictionary mode: some 400 bytes a relation, most of building's garbage, and slower to read
// ever after (export, search, drawing). An item whose keys are the schema's, in the schema's order
// (as validation returns them), is copied by an object literal of its shape instead, one literal
// per set of optional keys: the same keys in the same order with the same values, as a fast
// object. Any other item is copied as before.

const RELATION_KEYS = [
  ...['id', 'source', 'target', 'kind', 'label', 'directed'],
  ...['date', 'dateApproximate', 'tone', 'evidence'],
];
const ENTITY_KEYS = ['id', 'label', 'kind', 'aliases', 'description', 'roles'];

/**
 * A bit for each of `order`'s keys the item has (bit i for order[i]), or -1 when it is not a plain
 * object with own keys in that order only, or lacks one of `required`'s bits.
 */
function keyBits(item: object, order: readonly string[], required: number): number {
  if (Object.getPrototypeOf(item) !== Object.prototype) return -1;
  let at = 0;
  let bits = 0;
  for (const key in item) {
    const i = order.indexOf(key, at);
    if (i < 0) return -1;
    bits |= 1 << i;
    at = i + 1;
  }
  return (bits & required) === required ? bits : -1;
}

const RELATION_REQUIRED = 0b1000111111; // all but date, dateApproximate, tone
const ENTITY_REQUIRED = 0b001111; // all but description, roles

/** A relation's attributes: all its keys but id, source, target and directed. */
function edgeAttributes(relation: Relation): EdgeAttributes {
  const bits = keyBits(relation, RELATION_KEYS, RELATION_REQUIRED);
  if (bits < 0) {
    const { id: _id, source: _source, target: _target, directed: _directed, ...rest } = relation;
    return rest;
  }
  const { kind, label, date, dateApproximate, tone, evidence } = relation;
  switch ((bits >> 6) & 0b111) {
    case 0b000:
      return { kind, label, evidence };
    case 0b001:
      return { kind, label, date, evidence };
    case 0b010:
      return { kind, label, dateApproximate, evidence };
    case 0b011:
      return { kind, label, date, dateApproximate, evidence };
    case 0b100:
      return { kind, label, tone, evidence };
    case 0b101:
      return { kind, label, date, tone, evidence };
    case 0b110:
      return { kind, label, dateApproximate, tone, evidence };
    default:
      return { kind, label, date, dateApproximate, tone, evidence };
  }
}

/** An entity's attributes: all its keys but id, then the display attributes. */
function nodeAttributes(entity: Entity): NodeAttributes {
  const color = colorForKind(entity.kind);
  const x = 0;
  const y = 0;
  // set once the neighbours are counted; NaN for now, a number V8 stores as a double: sizes are
  // fractional, and a field first given a small integer would have every object migrated then
  const size = Number.NaN;
  const bits = keyBits(entity, ENTITY_KEYS, ENTITY_REQUIRED);
  if (bits < 0) {
    const { id: _id, ...rest } = entity;
    return { ...rest, x, y, size, color };
  }
  const { label, kind, aliases, description, roles } = entity;
  switch ((bits >> 4) & 0b11) {
    case 0b00:
      return { label, kind, aliases, x, y, size, color };
    case 0b01:
      return { label, kind, aliases, description, x, y, size, color };
    case 0b10:
      return { label, kind, aliases, roles, x, y, size, color };
    default:
      return { label, kind, aliases, description, roles, x, y, size, color };
  }
}

export function buildGraph(dataset: Dataset, options: BuildOptions = {}): ParleyGraph {
  const graph = createEmptyGraph({
    title: dataset.title,
    schemaVersion: dataset.schemaVersion,
    sources: dataset.sources,
  });
  const { entities, relations } = dataset;
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i] as Entity;
    graph.addNode(entity.id, nodeAttributes(entity));
  }
  useDictionaryAdjacency(graph);
  // distinct neighbours counted as the edges go in: a pair counts once, on its first edge
  const counts = new Map<string, number>();
  for (let i = 0; i < relations.length; i++) {
    const relation = relations[i] as Relation;
    const { id, source, target } = relation;
    let newPair: boolean;
    try {
      newPair = !graph.areNeighbors(source, target);
    } catch {
      newPair = false; // an unknown source: left to addEdge, whose error names it
    }
    if (newPair) {
      counts.set(source, (counts.get(source) ?? 0) + 1);
      counts.set(target, (counts.get(target) ?? 0) + 1);
    }
    const attributes = edgeAttributes(relation);
    if (relation.directed) graph.addDirectedEdgeWithKey(id, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(id, source, target, attributes);
  }
  let maxNeighbours = 1;
  for (const count of counts.values()) if (count > maxNeighbours) maxNeighbours = count;
  graph.updateEachNodeAttributes((node, attributes) => {
    attributes.size = nodeSize(counts.get(node) ?? 0, maxNeighbours);
    return attributes;
  });
  if (options.layout !== false) assignLayout(graph, options.layout ?? {});
  return graph;
}
