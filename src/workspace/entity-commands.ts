// The commands a person runs on entities and relations from the Details panel: edit an entity,
// merge one entity into another, remove a relation. Each checks its input first and refuses with
// a message, changing nothing; otherwise it changes the graph through the transaction it is given.
import { EntitySchema } from '../data/schema';
import type { EdgeAttributes, ParleyGraph } from '../graph/types';
import { normalizeText } from '../search/normalize';
import type { Transaction } from './transaction';

export type Refusal = { ok: false; message: string };
export type Done = { ok: true };

export type EntityEdit = { label: string; aliases: string[]; description: string };

const EditSchema = EntitySchema.pick({ label: true, aliases: true, description: true });

/** Label → the entity that carries it, folded as search folds it. */
function labelOwners(graph: ParleyGraph): Map<string, string> {
  const owners = new Map<string, string>();
  graph.forEachNode((node, { label }) => {
    owners.set(normalizeText(label), node);
  });
  return owners;
}

/**
 * Why an edit cannot be saved (the dataset's rules: a label of at most 200 characters that no
 * other entity carries, aliases that are no other entity's label), or null when it can.
 */
export function editProblem(graph: ParleyGraph, id: string, edit: EntityEdit): string | null {
  if (!graph.hasNode(id)) return `there is no entity “${id}” in this graph any more`;
  const parsed = EditSchema.safeParse({
    label: edit.label,
    aliases: edit.aliases,
    ...(edit.description.trim() ? { description: edit.description } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(' ')}: ` : '';
    return `${where}${issue?.message ?? 'not valid'}`;
  }
  const owners = labelOwners(graph);
  const labelOwner = owners.get(normalizeText(edit.label));
  if (labelOwner !== undefined && labelOwner !== id)
    return `the label “${edit.label}” is already used by ${graph.getNodeAttribute(labelOwner, 'label')}`;
  for (const alias of edit.aliases) {
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

export function editEntity(tx: Transaction, id: string, edit: EntityEdit): Done | Refusal {
  const problem = editProblem(tx.graph, id, edit);
  if (problem) return { ok: false, message: problem };
  const description = edit.description.trim();
  const label = edit.label.trim();
  tx.setNode(id, {
    label,
    // a former label kept as an alias is dropped once it is the label again
    aliases: edit.aliases.filter((alias) => normalizeText(alias) !== normalizeText(label)),
    description: description ? description : undefined,
  });
  return { ok: true };
}

/** Why `from` cannot be merged into `into`, or null when it can. */
export function mergeProblem(graph: ParleyGraph, from: string, into: string): string | null {
  if (!graph.hasNode(from)) return `there is no entity “${from}” in this graph any more`;
  if (!graph.hasNode(into)) return `there is no entity “${into}” in this graph any more`;
  if (from === into) return 'an entity cannot be merged into itself';
  return null;
}

/** Two relations say the same thing when they have the same ends, direction, kind and date. */
function sameRelationKey(
  source: string,
  target: string,
  undirected: boolean,
  attributes: EdgeAttributes,
): string {
  const ends = undirected && source > target ? [target, source] : [source, target];
  return JSON.stringify([...ends, undirected, attributes.kind, attributes.date ?? null]);
}

function joinedEvidence(a: EdgeAttributes['evidence'], b: EdgeAttributes['evidence']) {
  const key = (e: { source: string; quote: string }) => `${e.source}\u0000${e.quote}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((e) => !seen.has(key(e)))];
}

/**
 * Merges entity `from` into `into` (DESIGN §6): `into` keeps its id and label and gains the
 * other's label and aliases as aliases (and its description, roles when it has none); every
 * relation of `from` is re-pointed to `into`, keeping its id and its place in the order; a
 * relation that becomes the same as one `into` already has (same ends, kind and date) is united
 * with it by joining their evidence; roles held at `from` point at `into`. A relation between the
 * two would become a relation of `into` with itself: it is kept as such.
 */
export function mergeEntities(tx: Transaction, from: string, into: string): Done | Refusal {
  const { graph } = tx;
  const problem = mergeProblem(graph, from, into);
  if (problem) return { ok: false, message: problem };
  const gone = graph.getNodeAttributes(from);
  const kept = graph.getNodeAttributes(into);

  const seenAliases = new Set([normalizeText(kept.label), ...kept.aliases.map(normalizeText)]);
  const aliases = [...kept.aliases];
  for (const name of [gone.label, ...gone.aliases]) {
    const key = normalizeText(name);
    if (seenAliases.has(key)) continue;
    seenAliases.add(key);
    aliases.push(name);
  }
  tx.setNode(into, {
    aliases,
    ...(kept.description === undefined && gone.description !== undefined
      ? { description: gone.description }
      : {}),
  });

  // the relations `into` already has, by what they say
  const existing = new Map<string, string>();
  graph.forEachEdge(into, (edge, attributes, source, target) => {
    existing.set(sameRelationKey(source, target, graph.isUndirected(edge), attributes), edge);
  });
  for (const edge of graph.edges(from)) {
    const attributes = graph.getEdgeAttributes(edge);
    const undirected = graph.isUndirected(edge);
    const source = graph.source(edge) === from ? into : graph.source(edge);
    const target = graph.target(edge) === from ? into : graph.target(edge);
    const key = sameRelationKey(source, target, undirected, attributes);
    const twin = existing.get(key);
    const rank = tx.dropEdge(edge);
    if (twin !== undefined) {
      const evidence = joinedEvidence(
        graph.getEdgeAttribute(twin, 'evidence'),
        attributes.evidence,
      );
      tx.setEdge(twin, { evidence });
    } else {
      tx.addEdge(edge, source, target, undirected, structuredClone(attributes), rank);
      existing.set(key, edge);
    }
  }

  // roles: at `from` → at `into`; the merged entity's own roles join the kept one's
  const repoint = (roles: NonNullable<typeof kept.roles>) =>
    roles.map((role) => (role.organization === from ? { ...role, organization: into } : role));
  graph.forEachNode((node, { roles }) => {
    if (node === from || node === into || !roles?.some((r) => r.organization === from)) return;
    tx.setNode(node, { roles: repoint(roles) });
  });
  const keptRoles = kept.roles ?? [];
  const goneRoles = gone.roles ?? [];
  if (goneRoles.length > 0 || keptRoles.some((r) => r.organization === from)) {
    const seen = new Set<string>();
    const roles = repoint([...keptRoles, ...goneRoles]).filter((role) => {
      const key = JSON.stringify(role);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    tx.setNode(into, { roles });
  }

  tx.dropNode(from);
  tx.resize();
  return { ok: true };
}

export function removeRelation(tx: Transaction, edge: string): Done | Refusal {
  if (!tx.graph.hasEdge(edge))
    return { ok: false, message: `there is no relation “${edge}” any more` };
  tx.dropEdge(edge);
  tx.resize();
  return { ok: true };
}
