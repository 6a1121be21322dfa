// A transaction: the one way a command changes the graph. Each call applies one op at once (so a
// command can read the graph as it goes) and records it with what it replaced; `rollback` takes
// every recorded op back. The recorded ops are the command, stored and replayed as they are.
import { nodeSizes } from '../graph/build-graph';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ParleyGraph } from '../graph/types';
import { applyOp, type GraphOp, invertOps, type SetParts } from './ops';
import type { ItemOrder } from './order';

/** Attribute changes: a value sets it, `undefined` removes it. */
type Patch<A> = { [K in keyof A]?: A[K] | undefined };

export type Transaction = {
  readonly graph: ParleyGraph;
  readonly ops: readonly GraphOp[];
  addNode(key: string, attributes: NodeAttributes): void;
  dropNode(key: string): void;
  addEdge(
    key: string,
    source: string,
    target: string,
    undirected: boolean,
    attributes: EdgeAttributes,
    rank?: number,
  ): void;
  /** Drops the edge; returns its rank, so a re-pointed edge can keep its place. */
  dropEdge(key: string): number;
  setNode(key: string, patch: Patch<NodeAttributes>): void;
  setEdge(key: string, patch: Patch<EdgeAttributes>): void;
  setGraph(patch: Patch<GraphAttributes>): void;
  /** Sizes every node by its number of distinct neighbours (graph/build-graph's rule), as ops. */
  sizeNodesByNeighbours(): void;
  rollback(): void;
};

function values(source: Record<string, unknown>, names: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    if (source[name] !== undefined) out[name] = structuredClone(source[name]);
  }
  return out;
}

function setOpParts(current: Record<string, unknown>, patch: Record<string, unknown>): SetParts {
  const names = Object.keys(patch).filter(
    (name) => JSON.stringify(current[name]) !== JSON.stringify(patch[name]),
  );
  const keysBefore = Object.keys(current).filter((name) => current[name] !== undefined);
  const keysAfter = keysBefore.filter((name) => !names.includes(name) || patch[name] !== undefined);
  for (const name of names) {
    if (patch[name] !== undefined && !keysAfter.includes(name)) keysAfter.push(name);
  }
  return {
    names,
    before: values(current, names),
    after: values(patch, names),
    keysBefore,
    keysAfter,
  };
}

export function createTransaction(graph: ParleyGraph, order: ItemOrder): Transaction {
  const ops: GraphOp[] = [];
  const run = (op: GraphOp) => {
    applyOp(graph, order, op);
    ops.push(op);
  };
  const edgeOp = (key: string) => ({
    key,
    source: graph.source(key),
    target: graph.target(key),
    undirected: graph.isUndirected(key),
    attributes: structuredClone(graph.getEdgeAttributes(key)),
    rank: order.edgeRank(key),
  });
  return {
    graph,
    ops,
    addNode(key, attributes) {
      run({ op: 'addNode', key, attributes, rank: order.nextNodeRank() });
    },
    dropNode(key) {
      run({
        op: 'dropNode',
        key,
        attributes: structuredClone(graph.getNodeAttributes(key)),
        rank: order.nodeRank(key),
      });
    },
    addEdge(key, source, target, undirected, attributes, rank = order.nextEdgeRank()) {
      run({ op: 'addEdge', key, source, target, undirected, attributes, rank });
    },
    dropEdge(key) {
      const op = edgeOp(key);
      run({ op: 'dropEdge', ...op });
      return op.rank;
    },
    setNode(key, patch) {
      const parts = setOpParts(graph.getNodeAttributes(key), patch);
      if (parts.names.length > 0) run({ op: 'setNode', key, ...parts });
    },
    setEdge(key, patch) {
      const parts = setOpParts(graph.getEdgeAttributes(key), patch);
      if (parts.names.length > 0) run({ op: 'setEdge', key, ...parts });
    },
    setGraph(patch) {
      const parts = setOpParts(graph.getAttributes(), patch);
      if (parts.names.length > 0) run({ op: 'setGraph', ...parts });
    },
    sizeNodesByNeighbours() {
      for (const [node, size] of nodeSizes(graph)) {
        if (graph.getNodeAttribute(node, 'size') !== size) this.setNode(node, { size });
      }
    },
    rollback() {
      for (const op of invertOps(ops)) applyOp(graph, order, op);
      ops.length = 0;
    },
  };
}
