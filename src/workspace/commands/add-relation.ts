// Add relation: a relation written by hand between two entities of the graph, with its kind from
// the vocabulary, its direction, its date (an ISO prefix: its length is its precision), whether
// the date is approximate, a tone (the kind's usual one unless given), a label (written from the
// kind unless given) and at least one evidence quote with its source.
import type { Tone } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import { slugify, uniqueId } from '../../ingest/extract/ids';
import { type CommandDef, labelOf, noEntity, refuse } from './command';
import { defaultDirected, defaultLabel, defaultTone } from './relation-defaults';
import { type Quote, quoteProblem, shapeProblem, storedQuote } from './relation-rules';

export type RelationFields = {
  source: string;
  target: string;
  kind: string;
  directed?: boolean;
  date?: string;
  dateApproximate?: boolean;
  /** A tone, null for none, or left out for the kind's usual one. */
  tone?: Tone | null;
  label?: string;
  evidence: Quote[];
};

/** The id the relation gets: its ends and kind, unique among the relations. */
export function relationIdFor(graph: ParleyGraph, fields: RelationFields): string {
  const base = slugify(`${fields.source} ${fields.kind} ${fields.target}`);
  return uniqueId(base, new Set(graph.edges()));
}

export function relationProblem(
  graph: ParleyGraph,
  articles: Parameters<typeof quoteProblem>[1],
  fields: RelationFields,
): string | null {
  for (const [name, end] of [
    ['From', fields.source],
    ['To', fields.target],
  ] as const) {
    if (!end) return `${name}: choose an entity`;
    if (!graph.hasNode(end)) return `${name}: ${noEntity(end)}`;
  }
  if (fields.source === fields.target) return 'To: a relation needs two different entities';
  const shape = shapeProblem({
    kind: fields.kind,
    date: fields.date ?? null,
    tone: fields.tone ?? null,
    ...(fields.label !== undefined ? { label: fields.label } : {}),
  });
  if (shape) return shape;
  if (fields.evidence.length === 0) return 'Evidence: a relation needs at least one quote';
  for (const quote of fields.evidence) {
    const problem = quoteProblem(graph, articles, quote);
    if (problem) return problem;
  }
  return null;
}

export const ADD_RELATION: CommandDef<RelationFields> = {
  name: 'add-relation',
  describe: (fields, { graph }) =>
    `Add ${labelOf(graph, fields.source)} ${fields.label?.trim() || defaultLabel(fields.kind)} ${labelOf(graph, fields.target)}`,
  validate: (fields, { graph, articles }) => relationProblem(graph, articles, fields),
  apply: (tx, fields, { articles }) => {
    const { graph } = tx;
    const problem = relationProblem(graph, articles, fields);
    if (problem) return refuse(problem);
    const tone = fields.tone === undefined ? defaultTone(fields.kind) : fields.tone;
    const directed = fields.directed ?? defaultDirected(fields.kind);
    tx.addEdge(relationIdFor(graph, fields), fields.source, fields.target, !directed, {
      kind: fields.kind,
      label: fields.label?.trim() || defaultLabel(fields.kind),
      ...(fields.date ? { date: fields.date } : {}),
      ...(fields.date && fields.dateApproximate ? { dateApproximate: true } : {}),
      ...(tone ? { tone } : {}),
      evidence: fields.evidence.map((e) => ({ source: e.source, quote: storedQuote(e.quote) })),
    });
    tx.sizeNodesByNeighbours();
    return { ok: true };
  },
};
