// The one shape every workspace command has: a name and a line for the History, a check that
// refuses with a message a person can act on (nothing changed), and `apply`, which changes the
// graph only through the transaction it is given. The inverse is the recorded ops inverted, so
// Undo needs nothing from the command itself. `apply` depends on its arguments and the graph
// alone (no clock, no randomness), so the same command gives the same ops wherever it runs.
import type { ParleyGraph } from '../../graph/types';
import { type GraphOp, invertOps } from '../ops';
import type { Articles, Review } from '../review';
import type { Transaction } from '../transaction';
import type { BodyOutcome, Command, CommandName, CommandResult, Workspace } from '../workspace';

/** What a command reads besides its arguments. */
export type CommandContext = {
  graph: ParleyGraph;
  review: Review | null;
  articles: Articles;
};

export type CommandDef<A> = {
  name: CommandName;
  /** What it does, for the History and the Undo/Redo buttons: "Add relation Ann met Bo". */
  describe(args: A, context: CommandContext): string;
  /** Why it cannot be done, or null. */
  validate(args: A, context: CommandContext): string | null;
  /** Makes the change through `tx`; may still refuse (then everything it did is taken back). */
  apply(tx: Transaction, args: A, context: CommandContext): BodyOutcome;
};

export const refuse = (message: string) => ({ ok: false as const, message });
export const done = { ok: true as const };

/** Checks, then runs the command on the workspace: done in full, or refused with nothing changed. */
export function runCommand<A>(workspace: Workspace, def: CommandDef<A>, args: A): CommandResult {
  const context: CommandContext = {
    graph: workspace.graph,
    review: workspace.review(),
    articles: workspace.articles(),
  };
  const problem = def.validate(args, context);
  if (problem) return refuse(problem);
  const label = def.describe(args, context);
  return workspace.run(def.name, label, (tx, review) => {
    const again = def.validate(args, { ...context, review });
    if (again) return refuse(again);
    return def.apply(tx, args, { ...context, review });
  });
}

/** The ops that take a command back. */
export function inverse(command: Command): GraphOp[] {
  return invertOps(command.ops);
}

/** An entity's label, or its id when it is gone. */
export function labelOf(graph: ParleyGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
}

export const noEntity = (id: string) => `there is no entity “${id}” in this graph any more`;
export const noRelation = (id: string) => `there is no relation “${id}” any more`;
