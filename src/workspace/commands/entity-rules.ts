// Rules the entity commands share: who carries a label (folded as search folds it), and why a
// label or an alias cannot be given to an entity (the dataset's rules: unique labels, aliases
// that are no other entity's label).
import type { z } from 'zod';
import { issuesText } from '../../data/zod-problems';
import type { ParleyGraph } from '../../graph/types';
import { normalizeText } from '../../search/normalize';

/** Label → the entity that carries it, folded as search folds it. */
export function labelOwners(graph: ParleyGraph): Map<string, string> {
  const owners = new Map<string, string>();
  graph.forEachNode((node, { label }) => {
    owners.set(normalizeText(label), node);
  });
  return owners;
}

/** Why `label` (and `aliases`) cannot be carried by entity `id` (null: a new entity), or null. */
export function labelProblem(
  graph: ParleyGraph,
  id: string | null,
  label: string,
  aliases: readonly string[],
): string | null {
  const owners = labelOwners(graph);
  const labelOwner = owners.get(normalizeText(label));
  if (labelOwner !== undefined && labelOwner !== id)
    return `the label “${label.trim()}” is already used by ${graph.getNodeAttribute(labelOwner, 'label')}`;
  for (const alias of aliases) {
    const owner = owners.get(normalizeText(alias));
    if (owner !== undefined && owner !== id)
      return `the alias “${alias}” is the label of ${graph.getNodeAttribute(owner, 'label')}`;
  }
  return null;
}

/** Splits the aliases box: one alias a line (or comma-separated), blanks and repeats dropped. */
export function parseAliases(text: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const part of text.split(/[\n,;]/)) {
    const alias = part.trim().replace(/\s+/g, ' ');
    const key = normalizeText(alias);
    if (alias && !seen.has(key)) {
      seen.add(key);
      aliases.push(alias);
    }
  }
  return aliases;
}

/** The first problem zod found, as "where: what". */
export function firstIssue(error: { issues: readonly z.core.$ZodIssue[] }): string {
  return issuesText(error.issues);
}
