// The story's graph as the log makes it: the starting graph with every entry applied in the
// log's converged order. An entry whose ops no longer apply (an edit to an entity someone else
// deleted meanwhile) is set aside, whole, with the reason, never half applied. When entries arrive
// in the middle of what was applied (changes made at the same moment), the entries past that
// point are taken back and applied again in the new order, so every copy ends with the same graph.
import { errorDetail } from '../data/errors';
import type { ParleyGraph } from '../graph/types';
import { applyOps, invertOps } from '../workspace/ops';
import { createItemOrder, type ItemOrder } from '../workspace/order';
import type { LogEntry } from './story-doc';

export type SetAside = { entry: LogEntry; reason: string };

export type Replica = {
  readonly graph: ParleyGraph;
  readonly order: ItemOrder;
  /** The entries that apply, in log order. */
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
        if (s.reason === null) applyOps(graph, order, invertOps(s.entry.command.ops));
      }
      const next = seen.slice(0, common);
      for (const entry of entries.slice(common)) {
        try {
          applyOps(graph, order, entry.command.ops);
          next.push({ entry, reason: null });
        } catch (error) {
          next.push({ entry, reason: errorDetail(error) });
        }
      }
      seen = next;
      return seen.slice(0, common).filter((s) => s.reason === null).length;
    },
  };
}
