// Accept: one proposal joins the graph (with any proposed entity a relation needs). A proposal may
// be corrected first (a relation's kind, ends, direction and date; an entity's label and kind,
// entity-fix.ts): it is accepted as corrected, the review keeps the proposal as the reader made
// it, and the decision records what the person changed, so the reader can be measured on what
// people had to fix.
import { IsoDateSchema } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import type { Draft } from '../../ingest/draft';
import { acceptProposal, describeRelation, type ProposalRef } from '../apply-draft';
import { type Correction, type ProposalCorrection, positionsMap, type Review } from '../review';
import { type CommandDef, refuse } from './command';
import {
  correctedEntity,
  type EntityFix,
  entityCorrectionOf,
  entityFixProblem,
} from './entity-fix';
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

/** A relation proposal's fix, or an entity proposal's (as `ref.type` says). */
export type AcceptArgs = {
  ref: ProposalRef;
  fix?: RelationFix | EntityFix;
  /** Corrections saved on entity proposals, for those an accepted relation brings with it. */
  entityFixes?: Readonly<Record<number, EntityFix>>;
};

/** Corrections saved on proposals before they are accepted, by proposal index. */
export type ProposalFixes = {
  relations?: Readonly<Record<number, RelationFix>>;
  entities?: Readonly<Record<number, EntityFix>>;
};

/** What a fix changes on proposal `ref`, field by field. */
export function correctionOfRef(
  draft: Draft,
  ref: ProposalRef,
  fix: RelationFix | EntityFix,
): Correction {
  return ref.type === 'entity'
    ? entityCorrectionOf(draft, ref.index, fix as EntityFix)
    : correctionOf(draft, ref.index, fix as RelationFix);
}

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
  fixes: ProposalFixes,
): { input: Draft; corrections: ProposalCorrection[] } {
  let input = draft;
  const corrections: ProposalCorrection[] = [];
  for (const [key, fix] of Object.entries(fixes.relations ?? {})) {
    const index = Number(key);
    if (draft.relations[index]?.decision !== 'pending') continue;
    const correction = correctionOf(draft, index, fix);
    if (Object.keys(correction).length === 0) continue;
    input = corrected(input, index, fix);
    corrections.push({ type: 'relation', index, correction });
  }
  for (const [key, fix] of Object.entries(fixes.entities ?? {})) {
    const index = Number(key);
    if (draft.entities[index]?.decision !== 'pending') continue;
    const correction = entityCorrectionOf(draft, index, fix);
    if (Object.keys(correction).length === 0) continue;
    input = correctedEntity(input, index, fix);
    corrections.push({ type: 'entity', index, correction });
  }
  return { input, corrections };
}

/** The draft after accepting, with each corrected proposal as the reader made it (only its
 * decision changed): the correction is kept with the decision, not in the review. */
export function asProposed(
  original: Draft,
  after: Draft,
  corrections: ReadonlyArray<{ type: 'entity' | 'relation'; index: number }>,
): Draft {
  if (corrections.length === 0) return after;
  const fixed = (type: 'entity' | 'relation') =>
    new Set(corrections.filter((c) => c.type === type).map((c) => c.index));
  const restore = <P extends { decision: unknown }>(list: P[], made: P[], which: Set<number>) =>
    list.map((p, i) => {
      const was = made[i];
      return which.has(i) && was ? { ...was, decision: p.decision } : p;
    });
  return {
    ...after,
    entities: restore(after.entities, original.entities, fixed('entity')),
    relations: restore(after.relations, original.relations, fixed('relation')),
  };
}

/** The fixes one Accept applies, in the shape withFixes takes. */
function fixesOf({ ref, fix, entityFixes = {} }: AcceptArgs): ProposalFixes {
  if (ref.type === 'entity')
    return fix ? { entities: { [ref.index]: fix as EntityFix } } : { entities: {} };
  return { relations: fix ? { [ref.index]: fix as RelationFix } : {}, entities: entityFixes };
}

/** The corrections whose proposal was accepted (a fix on one left pending counts for nothing). */
export function acceptedOnly(
  draft: Draft,
  corrections: ProposalCorrection[],
): ProposalCorrection[] {
  return corrections.filter(
    (c) =>
      (c.type === 'entity' ? draft.entities : draft.relations)[c.index]?.decision === 'accepted',
  );
}

/** Why the saved fix of an entity a relation proposal brings with it cannot be applied, or null. */
function broughtEntityProblem(graph: ParleyGraph, draft: Draft, args: AcceptArgs): string | null {
  const relation = draft.relations[args.ref.index]?.relation;
  if (!relation || !args.entityFixes) return null;
  const fix = (args.fix ?? {}) as RelationFix;
  for (const end of [fix.source ?? relation.source, fix.target ?? relation.target]) {
    const index = draft.entities.findIndex((p) => p.entity.id === end);
    const entityFix = args.entityFixes[index];
    if (entityFix && draft.entities[index]?.decision === 'pending') {
      const problem = entityFixProblem(graph, draft, index, entityFix);
      if (problem) return problem;
    }
  }
  return null;
}

function acceptProblem(review: Review | null, graph: ParleyGraph, args: AcceptArgs) {
  const { ref, fix } = args;
  if (!review) return 'the review was closed';
  const list = ref.type === 'entity' ? review.draft.entities : review.draft.relations;
  if (!list[ref.index]) return `there is no proposal number ${ref.index + 1}`;
  if (ref.type === 'entity')
    return fix ? entityFixProblem(graph, review.draft, ref.index, fix as EntityFix) : null;
  const problem = fix ? fixProblem(graph, review.draft, ref.index, fix as RelationFix) : null;
  return problem ?? broughtEntityProblem(graph, review.draft, args);
}

export const ACCEPT: CommandDef<AcceptArgs> = {
  name: 'accept',
  describe: ({ ref, fix }, { graph, review }) => {
    if (!review) return 'Accept';
    const name = proposalName(graph, review.draft, ref);
    const fixed = fix && Object.keys(correctionOfRef(review.draft, ref, fix)).length > 0;
    return fixed ? `Accept as corrected: ${name}` : `Accept: ${name}`;
  },
  validate: (args, { graph, review }) => acceptProblem(review, graph, args),
  apply: (tx, args, { review }) => {
    if (!review) return refuse('the review was closed');
    const { input, corrections } = withFixes(review.draft, fixesOf(args));
    const outcome = acceptProposal(tx, input, args.ref, positionsMap(review));
    if (!outcome.ok) return outcome;
    const draft = asProposed(review.draft, outcome.draft, corrections);
    const kept = acceptedOnly(draft, corrections);
    return {
      ok: true,
      review: { ...review, draft },
      ...(kept.length > 0 ? { corrections: kept } : {}),
    };
  },
};
