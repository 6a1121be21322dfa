// Save dataset: the workspace as a dataset document, in the workspace's order, with
// the keys in the schema's order, so the curated dataset saved untouched is the very file it was
// opened from, and a grown one diffs cleanly in git. The document is checked as `npm run validate`
// checks it before it is offered; a graph that cannot be a dataset (an imported graph with kinds
// outside the vocabulary, relations without evidence) gets the problems instead.
import type { Dataset, Entity, Relation, Role } from '../data/schema';
import { formatProblems, validateDataset } from '../data/validate';
import type { ParleyGraph } from '../graph/types';

/** Where the JSON Schema is, seen from a dataset in graph-data/. */
export const DATASET_SCHEMA_REF = '../public/schema/dataset.schema.json';

/** `{...}` without the keys whose value is undefined, in the order given. */
function defined<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}

const roleOf = (role: Role): Role =>
  defined({ title: role.title, organization: role.organization, from: role.from, to: role.to });

/** The graph as a dataset document (not checked): entities and relations in graph order. */
export function datasetFromGraph(graph: ParleyGraph): Dataset {
  const attributes = graph.getAttributes();
  const entities: Entity[] = graph.mapNodes((id, a) =>
    defined({
      id,
      label: a.label,
      kind: a.kind as Entity['kind'],
      aliases: [...a.aliases],
      description: a.description,
      roles: a.roles?.map(roleOf),
    }),
  );
  const relations: Relation[] = graph.mapEdges((id, a, source, target) =>
    defined({
      id,
      source,
      target,
      kind: a.kind as Relation['kind'],
      label: a.label,
      directed: graph.isDirected(id),
      date: a.date,
      dateApproximate: a.dateApproximate,
      tone: a.tone,
      evidence: (a.evidence ?? []).map((e) => ({ source: e.source, quote: e.quote })),
    }),
  );
  return {
    $schema: DATASET_SCHEMA_REF,
    schemaVersion: 1,
    title: attributes.title,
    sources: attributes.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      published: s.published,
      url: s.url,
    })),
    entities,
    relations,
  };
}

export type SavedDataset = { ok: true; text: string } | { ok: false; problems: string[] };

/** The dataset file's text, or the problems `npm run validate` would list for it. */
export function datasetText(graph: ParleyGraph, fileName: string): SavedDataset {
  const document = datasetFromGraph(graph);
  const result = validateDataset(document);
  if (!result.ok) return { ok: false, problems: formatProblems(fileName, result.problems) };
  return { ok: true, text: `${JSON.stringify(document, null, 2)}\n` };
}
