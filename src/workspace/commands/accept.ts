// Accept: one proposal joins the graph (with any proposed entity a relation needs). A relation
// proposal may be corrected first (its kind, its ends, its direction, its date): it is accepted as
// corrected, the review keeps the proposal as the reader made it, and the decision records what
// the person changed, so the reader can be measured on what people had to fix.
import { IsoDateSchema } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import type { Draft } from '../../ingest/draft';
import { acceptProposal, describeRelation, type ProposalRef } from '../apply-draft';
import { type Correction, positionsMap, type Review } from '../review';
import { type CommandDef, refuse } from './command';
import { defaultLabel, isRelationKind } from './relation-defaults';

/** The fields of a relation proposal a person may change before accepting it. */
export type RelationFix = {
  kind?: string;
  source?: string;
  target?: string;
  directed?: boolean;
  /** An ISO prefix, or null to drop the date. */
  date?: string | null;
};

export type AcceptArgs = { ref: ProposalRef; fix?: RelationFix };

/** A proposal as a person reads it: "Ann met Bo", "Ann (new person)". */
export function proposalName(graph: ParleyGraph, draft: Draft, ref: ProposalRef): string {
  if (ref.type === 'relation') return describeRelation(graph, draft, ref.index);
  const proposal = draft.entities[ref.index];
  return proposal ? `${proposal.entity.label} (new ${proposal.entity.kind})` : '';
}

/** What the fix changes, field by field, against the proposal as made. */
export function correctionOf(draft: Draft, index: number, fix: RelationFix): Correction {
  const relation = draft.relations[index]?.relation;
  const correction: Correction = {};
  if (!relation) return correction;
  const was = { ...relation, date: relation.date ?? null } as Record<string, unknown>;
  for (const field of ['kind', 'source', 'target', 'directed', 'date'] as const) {
    const to = fix[field];
    if (to !== undefined && to !== was[field]) correction[field] = { from: was[field], to };
  }
  return correction;
}

/** Why the fix cannot be applied to relation proposal `index`, or null. */
export function fixProblem(graph: ParleyGraph, draft: Draft, index: number, fix: RelationFix) {
  const relation = draft.relations[index]?.relation;
  if (!relation) return `there is no proposed relation number ${index + 1}`;
  if (fix.kind !== undefined && !isRelationKind(fix.kind))
    return `“${fix.kind}” is not a relation kind Parley knows`;
  if (fix.date !== undefined && fix.date !== null && !IsoDateSchema.safeParse(fix.date).success)
    return `the date “${fix.date}” is not a real date (write YYYY, YYYY-MM or YYYY-MM-DD)`;
  const known = (id: string) => graph.hasNode(id) || draft.entities.some((p) => p.entity.id === id);
  for (const end of [fix.source, fix.target])
    if (end !== undefined && !known(end))
      return `there is no entity “${end}” in the graph or among the article's proposals`;
  if ((fix.source ?? relation.source) === (fix.target ?? relation.target))
    return 'a relation needs two different ends';
  return null;
}

/** The draft with relation proposal `index` as corrected (no longer extending a relation when
 * what it says changed). */
function corrected(draft: Draft, index: number, fix: RelationFix): Draft {
  const proposal = draft.relations[index];
  if (!proposal) return draft;
  const correction = correctionOf(draft, index, fix);
  if (Object.keys(correction).length === 0) return draft;
  const { date: _date, ...rest } = proposal.relation;
  const date = fix.date === undefined ? proposal.relation.date : fix.date;
  const kind = fix.kind ?? rest.kind;
  const relation = {
    ...rest,
    kind: kind as typeof rest.kind,
    label: correction.kind ? defaultLabel(kind) : rest.label,
    source: fix.source ?? rest.source,
    target: fix.target ?? rest.target,
    directed: fix.directed ?? rest.directed,
    ...(date ? { date } : {}),
  };
  const { extends: _extends, ...plain } = proposal;
  const relations = [...draft.relations];
  relations[index] = { ...plain, relation };
  return { ...draft, relations };
}

/** The draft with the fixes applied (what is accepted), and what each fix corrects. */
export function withFixes(
  draft: Draft,
  fixes: Readonly<Record<number, RelationFix>>,
): { input: Draft; corrections: Array<{ index: number; correction: Correction }> } {
  let input = draft;
  const corrections: Array<{ index: number; correction: Correction }> = [];
  for (const [key, fix] of Object.entries(fixes)) {
    const index = Number(key);
    if (draft.relations[index]?.decision !== 'pending') continue;
    const correction = correctionOf(draft, index, fix);
    if (Object.keys(correction).length === 0) continue;
    input = corrected(input, index, fix);
    corrections.push({ index, correction });
  }
  return { input, corrections };
}

/** The draft after accepting, with each corrected proposal as the reader made it (only its
 * decision changed): the correction is kept with the decision, not in the review. */
export function asProposed(
  original: Draft,
  after: Draft,
  corrections: ReadonlyArray<{ index: number }>,
): Draft {
  if (corrections.length === 0) return after;
  const fixed = new Set(corrections.map((c) => c.index));
  const relations = after.relations.map((p, i) => {
    const made = original.relations[i];
    return fixed.has(i) && made ? { ...made, decision: p.decision } : p;
  });
  return { ...after, relations };
}

function acceptProblem(review: Review | null, graph: ParleyGraph, { ref, fix }: AcceptArgs) {
  if (!review) return 'the review was closed';
  const list = ref.type === 'entity' ? review.draft.entities : review.draft.relations;
  if (!list[ref.index]) return `there is no proposal number ${ref.index + 1}`;
  if (fix && ref.type === 'relation') return fixProblem(graph, review.draft, ref.index, fix);
  return null;
}

export const ACCEPT: CommandDef<AcceptArgs> = {
  name: 'accept',
  describe: ({ ref, fix }, { graph, review }) => {
    if (!review) return 'Accept';
    const name = proposalName(graph, review.draft, ref);
    const fixed = fix && Object.keys(correctionOf(review.draft, ref.index, fix)).length > 0;
    return fixed ? `Accept as corrected: ${name}` : `Accept: ${name}`;
  },
  validate: (args, { graph, review }) => acceptProblem(review, graph, args),
  apply: (tx, { ref, fix }, { review }) => {
    if (!review) return refuse('the review was closed');
    const fixes = fix && ref.type === 'relation' ? { [ref.index]: fix } : {};
    const { input, corrections } = withFixes(review.draft, fixes);
    const outcome = acceptProposal(tx, input, ref, positionsMap(review));
    if (!outcome.ok) return outcome;
    return {
      ok: true,
      review: { ...review, draft: asProposed(review.draft, outcome.draft, corrections) },
      ...(corrections.length > 0 ? { corrections } : {}),
    };
  },
};
