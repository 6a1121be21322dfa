// Add entity: a new entity with a label, a kind and aliases; its id comes from its label, unique
// in the graph. It is placed on a spiral around the middle of the graph, so new ones do not land
// on each other, and coloured by its kind as every entity is.
import { ENTITY_KINDS, EntitySchema } from '../../data/schema';
import { graphBounds } from '../../graph/bounds';
import { MIN_NODE_SIZE } from '../../graph/build-graph';
import { colorForKind } from '../../graph/palette';
import type { ParleyGraph } from '../../graph/types';
import { slugify, uniqueId } from '../../ingest/extract/ids';
import { type CommandDef, refuse } from './command';
import { firstIssue, labelProblem } from './entity-rules';

export type EntityFields = { label: string; kind: string; aliases: string[]; description?: string };

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The id Add entity gives an entity with this label in this graph. */
export function entityIdFor(graph: ParleyGraph, label: string): string {
  return uniqueId(slugify(label), new Set(graph.nodes()));
}

/** Where the next new entity goes: the n-th point of a golden-angle spiral around the middle. */
export function newEntityPosition(graph: ParleyGraph): { x: number; y: number } {
  const bounds = graphBounds(graph);
  const span = bounds ? Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY) || 10 : 10;
  const [cx, cy] = bounds
    ? [(bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2]
    : [0, 0];
  const n = graph.order;
  const radius = span * 0.06 * Math.sqrt(n + 1);
  return {
    x: cx + radius * Math.cos(n * GOLDEN_ANGLE),
    y: cy + radius * Math.sin(n * GOLDEN_ANGLE),
  };
}

export function entityProblem(graph: ParleyGraph, fields: EntityFields): string | null {
  if (!fields.label.trim()) return 'Label: an entity needs a label';
  if (!(ENTITY_KINDS as readonly string[]).includes(fields.kind))
    return `Kind: “${fields.kind}” is not an entity kind (${ENTITY_KINDS.join(', ')})`;
  const parsed = EntitySchema.safeParse({
    id: entityIdFor(graph, fields.label),
    label: fields.label.trim(),
    kind: fields.kind,
    aliases: fields.aliases,
    ...(fields.description?.trim() ? { description: fields.description.trim() } : {}),
  });
  if (!parsed.success) return firstIssue(parsed.error);
  return labelProblem(graph, null, fields.label, fields.aliases);
}

export const ADD_ENTITY: CommandDef<EntityFields> = {
  name: 'add-entity',
  describe: ({ label, kind }) => `Add ${kind} ${label.trim()}`,
  validate: (fields, { graph }) => entityProblem(graph, fields),
  apply: (tx, fields) => {
    const { graph } = tx;
    if (entityProblem(graph, fields)) return refuse('not valid');
    const description = fields.description?.trim();
    tx.addNode(entityIdFor(graph, fields.label), {
      label: fields.label.trim(),
      kind: fields.kind,
      aliases: [...fields.aliases],
      ...(description ? { description } : {}),
      ...newEntityPosition(graph),
      size: MIN_NODE_SIZE,
      color: colorForKind(fields.kind),
    });
    tx.sizeNodesByNeighbours();
    return { ok: true };
  },
};
