// Edit: an entity's label, aliases and description, validated as the dataset validates them.
import { EntitySchema } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import { normalizeText } from '../../search/normalize';
import type { Transaction } from '../transaction';
import type { BodyOutcome } from '../workspace';
import { type CommandDef, done, labelOf, noEntity, refuse } from './command';
import { firstIssue, labelProblem } from './entity-rules';

export type EntityEdit = { label: string; aliases: string[]; description: string };

const EditSchema = EntitySchema.pick({ label: true, aliases: true, description: true });

/**
 * Why an edit cannot be saved (the dataset's rules: a label of at most 200 characters that no
 * other entity carries, aliases that are no other entity's label), or null when it can.
 */
export function editProblem(graph: ParleyGraph, id: string, edit: EntityEdit): string | null {
  if (!graph.hasNode(id)) return noEntity(id);
  const parsed = EditSchema.safeParse({
    label: edit.label,
    aliases: edit.aliases,
    ...(edit.description.trim() ? { description: edit.description } : {}),
  });
  if (!parsed.success) return firstIssue(parsed.error);
  return labelProblem(graph, id, edit.label, edit.aliases);
}

export function editEntity(tx: Transaction, id: string, edit: EntityEdit): BodyOutcome {
  const problem = editProblem(tx.graph, id, edit);
  if (problem) return refuse(problem);
  const description = edit.description.trim();
  const label = edit.label.trim();
  tx.setNode(id, {
    label,
    // a former label kept as an alias is dropped once it is the label again
    aliases: edit.aliases.filter((alias) => normalizeText(alias) !== normalizeText(label)),
    description: description ? description : undefined,
  });
  return done;
}

export const EDIT: CommandDef<{ id: string; edit: EntityEdit }> = {
  name: 'edit',
  describe: ({ id }, { graph }) => `Edit ${labelOf(graph, id)}`,
  validate: ({ id, edit }, { graph }) => editProblem(graph, id, edit),
  apply: (tx, { id, edit }) => editEntity(tx, id, edit),
};
