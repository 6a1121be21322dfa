// The smallest changes a workspace command is made of, as plain data: add or drop a node or an
// edge, set some attributes of a node, an edge or the graph. Each op holds what it needs to be
// undone (a drop keeps the attributes it took away, a set keeps the values it replaced), so a
// command's inverse is its ops inverted in reverse order. Ops are applied to the live graphology
// graph in place, so everything that follows the graph's events (sigma, the views) follows them.
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import type { ItemOrder } from './order';

/** Attribute values by name; a name listed in a set op but missing here means "not set". */
type Values = Record<string, unknown>;

export type GraphOp =
  | { op: 'addNode'; key: string; attributes: NodeAttributes; rank: number }
  | { op: 'dropNode'; key: string; attributes: NodeAttributes; rank: number }
  | {
      op: 'addEdge';
      key: string;
      source: string;
      target: string;
      undirected: boolean;
      attributes: EdgeAttributes;
      rank: number;
    }
  | {
      op: 'dropEdge';
      key: string;
      source: string;
      target: string;
      undirected: boolean;
      attributes: EdgeAttributes;
      rank: number;
    }
  | ({ op: 'setNode'; key: string } & SetParts)
  | ({ op: 'setEdge'; key: string } & SetParts)
  | ({ op: 'setGraph' } & SetParts);

/**
 * A set op: the names it changes, their values before and after, and the order of all the
 * attribute names before and after (so an attribute removed and put back returns to its place,
 * and an undone edit writes the very same file).
 */
export type SetParts = {
  names: string[];
  before: Values;
  after: Values;
  keysBefore: string[];
  keysAfter: string[];
};

/** What a set of ops touched: the views update these items only. */
export type Touched = { nodes: Set<string>; edges: Set<string>; graph: boolean };

export function emptyTouched(): Touched {
  return { nodes: new Set(), edges: new Set(), graph: false };
}

const copy = <T>(value: T): T => structuredClone(value);

function patched(attributes: Values, op: SetParts): Values {
  const next: Values = {};
  for (const name of op.keysAfter) {
    if (op.names.includes(name)) {
      if (Object.hasOwn(op.after, name)) next[name] = copy(op.after[name]);
    } else if (Object.hasOwn(attributes, name)) next[name] = attributes[name];
  }
  return next;
}

/** Applies one op to the graph and the item order; throws (graphology's error) when it cannot. */
export function applyOp(graph: ParleyGraph, order: ItemOrder, op: GraphOp, touched?: Touched) {
  switch (op.op) {
    case 'addNode':
      graph.addNode(op.key, copy(op.attributes));
      order.placeNode(op.key, op.rank);
      touched?.nodes.add(op.key);
      break;
    case 'dropNode':
      if (graph.degree(op.key) > 0)
        throw new Error(`applyOp: the "${op.key}" node still has relations`);
      graph.dropNode(op.key);
      order.removeNode(op.key);
      touched?.nodes.add(op.key);
      break;
    case 'addEdge': {
      const attributes = copy(op.attributes);
      if (op.undirected) graph.addUndirectedEdgeWithKey(op.key, op.source, op.target, attributes);
      else graph.addDirectedEdgeWithKey(op.key, op.source, op.target, attributes);
      order.placeEdge(op.key, op.rank);
      touched?.edges.add(op.key);
      touched?.nodes.add(op.source).add(op.target);
      break;
    }
    case 'dropEdge':
      graph.dropEdge(op.key);
      order.removeEdge(op.key);
      touched?.edges.add(op.key);
      touched?.nodes.add(op.source).add(op.target);
      break;
    case 'setNode':
      graph.updateNodeAttributes(op.key, (attributes) => patched(attributes, op) as NodeAttributes);
      touched?.nodes.add(op.key);
      break;
    case 'setEdge':
      graph.updateEdgeAttributes(op.key, (attributes) => patched(attributes, op) as EdgeAttributes);
      touched?.edges.add(op.key);
      break;
    case 'setGraph':
      graph.updateAttributes((attributes) => patched(attributes, op) as GraphAttributes);
      if (touched) touched.graph = true;
      break;
  }
}

/** The op that takes `op` back. */
export function invertOp(op: GraphOp): GraphOp {
  switch (op.op) {
    case 'addNode':
      return { ...op, op: 'dropNode' };
    case 'dropNode':
      return { ...op, op: 'addNode' };
    case 'addEdge':
      return { ...op, op: 'dropEdge' };
    case 'dropEdge':
      return { ...op, op: 'addEdge' };
    default:
      return {
        ...op,
        before: op.after,
        after: op.before,
        keysBefore: op.keysAfter,
        keysAfter: op.keysBefore,
      };
  }
}

export function invertOps(ops: readonly GraphOp[]): GraphOp[] {
  return ops.map(invertOp).reverse();
}

/**
 * Applies ops in order. When one fails, the ones already applied are taken back, so the graph
 * is as it was, and the error is rethrown.
 */
export function applyOps(
  graph: ParleyGraph,
  order: ItemOrder,
  ops: readonly GraphOp[],
  touched: Touched = emptyTouched(),
): Touched {
  const done: GraphOp[] = [];
  try {
    for (const op of ops) {
      applyOp(graph, order, op, touched);
      done.push(op);
    }
  } catch (error) {
    for (const op of invertOps(done)) applyOp(graph, order, op);
    throw error;
  }
  return touched;
}
