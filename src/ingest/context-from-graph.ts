// The live graph seen as the extractor's IngestContext: its entities (label, kind, aliases,
// roles), its relations (id, ends, kind) and its sources, so an article read in the browser links
// to what is already on screen. Pure; the graph is only read.
import { RELATION_KIND_NAMES, type RelationKind } from '../data/relation-kinds';
import { ENTITY_KINDS, type Entity, type EntityKind, IdSchema } from '../data/schema';
import type { ParleyGraph } from '../graph/types';
import type { IngestContext } from './extract';

const ENTITY_KIND_SET: ReadonlySet<string> = new Set(ENTITY_KINDS);
const RELATION_KIND_SET: ReadonlySet<string> = new Set(RELATION_KIND_NAMES);

/** An imported graph may carry kinds outside the vocabulary; the extractor sees them as topics. */
function entityKind(kind: string): EntityKind {
  return ENTITY_KIND_SET.has(kind) ? (kind as EntityKind) : 'topic';
}

/** A draft can point only at ids a dataset could hold; an imported graph's other keys ("n/1",
 * "Scott Bessent") stay out of the context, so an article never fails on them (its mentions of
 * those nodes are proposed as new entities instead). */
const isDatasetId = (id: string) => IdSchema.safeParse(id).success;

export function contextFromGraph(graph: ParleyGraph): IngestContext {
  const entities: Entity[] = [];
  graph.forEachNode((id, attributes) => {
    if (!isDatasetId(id)) return;
    const entity: Entity = {
      id,
      label: attributes.label || id,
      kind: entityKind(attributes.kind),
      aliases: [...(attributes.aliases ?? [])],
    };
    if (attributes.description !== undefined) entity.description = attributes.description;
    if (attributes.roles !== undefined) entity.roles = attributes.roles.map((r) => ({ ...r }));
    entities.push(entity);
  });
  const relations: IngestContext['relations'][number][] = [];
  graph.forEachEdge((id, attributes, source, target) => {
    // Only kinds of the vocabulary can be extended by a proposal; others are left out.
    if (!RELATION_KIND_SET.has(attributes.kind)) return;
    if (![id, source, target].every(isDatasetId)) return;
    relations.push({
      id,
      source,
      target,
      kind: attributes.kind as RelationKind,
    });
  });
  const sources = (graph.getAttribute('sources') ?? [])
    .map((s) => ({ id: s.id }))
    .filter((s) => isDatasetId(s.id));
  return { entities, relations, sources };
}
