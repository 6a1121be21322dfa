// The story's graph as the log makes it: the starting graph with every entry applied in the
// log's converged order. An entry whose ops no longer apply (an edit to an entity someone else
// deleted meanwhile) is set aside, whole, with the reason, never half applied. When entries arrive
// in the middle of what was applied (changes made at the same moment), the entries past that
// point are taken back and applied again in the new order, so every copy ends with the same graph.
// An op records what it replaced as its author saw it; after others' changes that may no longer
// be so (a deleted entity's label was edited meanwhile), so each op is first rebased on the graph
// as it is here, and the rebased ops are what is taken back later and what the workspace applies.
import { errorDetail } from '../data/errors';
import type { ParleyGraph } from '../graph/types';
import { applyOp, type GraphOp, invertOps, type SetParts } from '../workspace/ops';
import { createItemOrder, type ItemOrder } from '../workspace/order';
import type { LogEntry } from './story-doc';

type Values = Record<string, unknown>;

function rebaseSet<T extends SetParts>(current: Values, op: T): T {
  const before: Values = {};
  for (const name of op.names)
    if (current[name] !== undefined) before[name] = structuredClone(current[name]);
  const keysBefore = Object.keys(current).filter((name) => current[name] !== undefined);
  const sameKeys =
    keysBefore.length === op.keysBefore.length &&
    keysBefore.every((k, i) => k === op.keysBefore[i]);
  if (sameKeys) return { ...op, before, keysBefore };
  const keysAfter = keysBefore.filter(
    (name) => !op.names.includes(name) || Object.hasOwn(op.after, name),
  );
  for (const name of op.names)
    if (Object.hasOwn(op.after, name) && !keysAfter.includes(name)) keysAfter.push(name);
  return { ...op, before, keysBefore, keysAfter };
}

/** The op with what it replaces read from the graph as it is now (unchanged when it cannot apply). */
export function rebaseOp(graph: ParleyGraph, order: ItemOrder, op: GraphOp): GraphOp {
  switch (op.op) {
    case 'dropNode':
      if (!graph.hasNode(op.key)) return op;
      return {
        ...op,
        attributes: structuredClone(graph.getNodeAttributes(op.key)),
        rank: order.nodeRank(op.key),
      };
    case 'dropEdge':
      if (!graph.hasEdge(op.key)) return op;
      return {
        ...op,
        source: graph.source(op.key),
        target: graph.target(op.key),
        undirected: graph.isUndirected(op.key),
        attributes: structuredClone(graph.getEdgeAttributes(op.key)),
        rank: order.edgeRank(op.key),
      };
    case 'setNode':
      return graph.hasNode(op.key) ? rebaseSet(graph.getNodeAttributes(op.key), op) : op;
    case 'setEdge':
      return graph.hasEdge(op.key) ? rebaseSet(graph.getEdgeAttributes(op.key), op) : op;
    case 'setGraph':
      return rebaseSet(graph.getAttributes(), op);
    default:
      return op;
  }
}

/** Applies the ops rebased one by one; all or nothing. Returns the rebased ops. */
function applyRebased(graph: ParleyGraph, order: ItemOrder, ops: readonly GraphOp[]): GraphOp[] {
  const done: GraphOp[] = [];
  try {
    for (const op of ops) {
      const rebased = rebaseOp(graph, order, op);
      applyOp(graph, order, rebased);
      done.push(rebased);
    }
  } catch (error) {
    for (const op of invertOps(done)) applyOp(graph, order, op);
    throw error;
  }
  return done;
}

export type SetAside = { entry: LogEntry; reason: string };

export type Replica = {
  readonly graph: ParleyGraph;
  readonly order: ItemOrder;
  /** The entries that apply, in log order, each with its ops as rebased here. */
  applied(): LogEntry[];
  setAside(): SetAside[];
  /** Brings the graph to the log; returns how many applied entries stayed as they were. */
  sync(entries: readonly LogEntry[]): number;
};

type Seen = { entry: LogEntry; reason: string | null };

export function createReplica(graph: ParleyGraph): Replica {
  const order = createItemOrder(graph);
  let seen: Seen[] = [];
  return {
    graph,
    order,
    applied: () => seen.filter((s) => s.reason === null).map((s) => s.entry),
    setAside: () =>
      seen.flatMap((s) => (s.reason === null ? [] : [{ entry: s.entry, reason: s.reason }])),
    sync(entries) {
      let common = 0;
      while (
        common < seen.length &&
        common < entries.length &&
        seen[common]?.entry.command.id === entries[common]?.command.id
      )
        common++;
      for (let i = seen.length - 1; i >= common; i--) {
        const s = seen[i] as Seen;
        if (s.reason === null)
          for (const op of invertOps(s.entry.command.ops)) applyOp(graph, order, op);
      }
      const next = seen.slice(0, common);
      for (const entry of entries.slice(common)) {
        try {
          const ops = applyRebased(graph, order, entry.command.ops);
          next.push({ entry: { ...entry, command: { ...entry.command, ops } }, reason: null });
        } catch (error) {
          next.push({ entry, reason: errorDetail(error) });
        }
      }
      seen = next;
      return seen.slice(0, common).filter((s) => s.reason === null).length;
    },
  };
}
