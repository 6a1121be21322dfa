// Merge: one entity into another, as one command that comes apart again exactly on Undo.

import { joinEvidence } from '../../graph/evidence';
import type { EdgeAttributes, ParleyGraph } from '../../graph/types';
import { normalizeText } from '../../search/normalize';
import type { Transaction } from '../transaction';
import type { BodyOutcome } from '../workspace';
import { type CommandDef, done, labelOf, noEntity, refuse } from './command';

/** Why `from` cannot be merged into `into`, or null when it can. */
export function mergeProblem(graph: ParleyGraph, from: string, into: string): string | null {
  if (!graph.hasNode(from)) return noEntity(from);
  if (!graph.hasNode(into)) return noEntity(into);
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

/**
 * Merges entity `from` into `into`: `into` keeps its id and label and gains the
 * other's label and aliases as aliases (and its description, roles when it has none); every
 * relation of `from` is re-pointed to `into`, keeping its id and its place in the order; a
 * relation that becomes the same as one `into` already has (same ends, kind and date) is united
 * with it by joining their evidence; roles held at `from` point at `into`. A relation between the
 * two would become a relation of `into` with itself: it is kept as such.
 */
export function mergeEntities(tx: Transaction, from: string, into: string): BodyOutcome {
  const { graph } = tx;
  const problem = mergeProblem(graph, from, into);
  if (problem) return refuse(problem);
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
      const evidence = joinEvidence(graph.getEdgeAttribute(twin, 'evidence'), attributes.evidence);
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
  tx.sizeNodesByNeighbours();
  return done;
}

export const MERGE: CommandDef<{ from: string; into: string }> = {
  name: 'merge',
  describe: ({ from, into }, { graph }) =>
    `Merge ${labelOf(graph, from)} into ${labelOf(graph, into)}`,
  validate: ({ from, into }, { graph }) => mergeProblem(graph, from, into),
  apply: (tx, { from, into }) => mergeEntities(tx, from, into),
};
