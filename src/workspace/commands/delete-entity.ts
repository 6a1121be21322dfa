// Delete entity: an entity goes with its relations, and the roles that other entities hold at it
// lose that organization (the role's title stays), as one command that Undo restores exactly.
import type { ParleyGraph } from '../../graph/types';
import { type CommandDef, labelOf, noEntity, refuse } from './command';

/** What deleting an entity takes with it, for the confirmation. */
export type DeletionReach = {
  /** The relations that go, as "Ann met Bo". */
  relations: string[];
  /** Entities whose role at it loses its organization, as "Ann (Ambassador)". */
  roles: string[];
};

export function deletionReach(graph: ParleyGraph, id: string): DeletionReach {
  if (!graph.hasNode(id)) return { relations: [], roles: [] };
  const relations = graph.mapEdges(
    id,
    (_e, a, source, target) => `${labelOf(graph, source)} ${a.label} ${labelOf(graph, target)}`,
  );
  const roles: string[] = [];
  graph.forEachNode((node, a) => {
    if (node === id) return;
    for (const role of a.roles ?? [])
      if (role.organization === id) roles.push(`${a.label} (${role.title})`);
  });
  return { relations, roles };
}

export const DELETE_ENTITY: CommandDef<{ id: string }> = {
  name: 'delete-entity',
  describe: ({ id }, { graph }) => `Delete ${labelOf(graph, id)}`,
  validate: ({ id }, { graph }) => (graph.hasNode(id) ? null : noEntity(id)),
  apply: (tx, { id }) => {
    const { graph } = tx;
    if (!graph.hasNode(id)) return refuse(noEntity(id));
    for (const edge of graph.edges(id)) tx.dropEdge(edge);
    graph.forEachNode((node, { roles }) => {
      if (node === id || !roles?.some((r) => r.organization === id)) return;
      tx.setNode(node, {
        roles: roles.map((role) => {
          if (role.organization !== id) return role;
          const { organization: _gone, ...rest } = role;
          return rest;
        }),
      });
    });
    tx.dropNode(id);
    tx.sizeNodesByNeighbours();
    return { ok: true };
  },
};
