// Per-person Undo and Redo on a shared story. Each person's stack is read from the log: their own
// commands in order, minus those an Undo of theirs took back, plus those a Redo did again. Undo
// does not rewind the log (others' changes stay); it adds a new command that takes the change
// back against the graph as it is now: an attribute someone else has changed since is left as they
// set it, and when the change cannot be taken back (someone related an entity to the one being
// removed), the Undo is refused with the reason and nothing changes.
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import { type GraphOp, invertOps } from '../workspace/ops';
import type { Transaction } from '../workspace/transaction';
import type { CommandBody } from '../workspace/workspace';
import type { LogEntry } from './story-doc';

/** A command of the person's that Undo or Redo acts on, and the ops that did it last. */
export type StackItem = {
  id: string;
  label: string;
  name: LogEntry['command']['name'];
  ops: GraphOp[];
};

export type PersonalStacks = { undo: StackItem[]; redo: StackItem[] };

/** The person's Undo and Redo stacks (last item first to act on), from the applied entries. */
export function personalStacks(applied: readonly LogEntry[], authorId: string): PersonalStacks {
  const undo: StackItem[] = [];
  let redo: StackItem[] = [];
  for (const entry of applied) {
    if (entry.author.id !== authorId) continue;
    const { command } = entry;
    if (entry.undoes) {
      const at = undo.findIndex((item) => item.id === entry.undoes);
      if (at !== -1) redo.push(...undo.splice(at, 1));
    } else if (entry.redoes) {
      const at = redo.findIndex((item) => item.id === entry.redoes);
      const item = at === -1 ? null : redo.splice(at, 1)[0];
      if (item) undo.push({ ...item, ops: command.ops });
    } else {
      undo.push({ id: command.id, label: command.label, name: command.name, ops: command.ops });
      redo = [];
    }
  }
  return { undo, redo };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Values = Record<string, unknown>;

/** The part of a set op still as the person left it: only those names are set back. */
function stillSet(current: Values, names: readonly string[], expected: Values, target: Values) {
  const patch: Values = {};
  for (const name of names) {
    if (same(current[name], expected[name])) patch[name] = target[name];
  }
  return patch;
}

/** Applies one op through the transaction, against the graph as it is now. */
function replay(tx: Transaction, op: GraphOp) {
  const { graph } = tx;
  switch (op.op) {
    case 'addNode':
      tx.addNode(op.key, structuredClone(op.attributes));
      break;
    case 'dropNode':
      tx.dropNode(op.key);
      break;
    case 'addEdge':
      tx.addEdge(
        op.key,
        op.source,
        op.target,
        op.undirected,
        structuredClone(op.attributes),
        op.rank,
      );
      break;
    case 'dropEdge':
      tx.dropEdge(op.key);
      break;
    case 'setNode':
      tx.setNode(
        op.key,
        stillSet(
          graph.getNodeAttributes(op.key),
          op.names,
          op.before,
          op.after,
        ) as Partial<NodeAttributes>,
      );
      break;
    case 'setEdge':
      tx.setEdge(
        op.key,
        stillSet(
          graph.getEdgeAttributes(op.key),
          op.names,
          op.before,
          op.after,
        ) as Partial<EdgeAttributes>,
      );
      break;
    case 'setGraph':
      tx.setGraph(
        stillSet(graph.getAttributes(), op.names, op.before, op.after) as Partial<GraphAttributes>,
      );
      break;
  }
}

/**
 * The body of the command that takes `item` back (`undo`) or does it again (`redo`), against the
 * graph as it is now; refused with a message naming the change when it no longer can be.
 */
export function replayBody(item: StackItem, direction: 'undo' | 'redo'): CommandBody {
  const ops = direction === 'undo' ? invertOps(item.ops) : item.ops;
  return (tx) => {
    try {
      for (const op of ops) replay(tx, op);
    } catch {
      const verb = direction === 'undo' ? 'taken back' : 'done again';
      return {
        ok: false,
        message: `"${item.label}" cannot be ${verb}: someone else has changed what it touched since.`,
      };
    }
    return { ok: true };
  };
}
