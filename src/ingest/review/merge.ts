// Merging a reviewed draft into a dataset: the accepted proposals (and, when asked, the ones not
// yet reviewed) join the dataset with the draft's source, then the result runs the full validation.
// Pure: returns the new dataset or every problem, with paths that point into the draft where the
// problem comes from it; the dataset passed in is never modified.
import type { Problem } from '../../data/integrity';
import type { Dataset, Evidence, Relation } from '../../data/schema';
import { validateDataset } from '../../data/validate';
import { joinEvidence } from '../../graph/evidence';
import type { Decision, Draft } from '../draft';

export type MergeOptions = {
  /** Also merge proposals still `pending` (never the `rejected` ones). */
  includePending?: boolean;
};

export type MergeCounts = {
  entities: number;
  relations: number;
  /** Existing relations that gained evidence from the article. */
  extended: number;
  /** Proposals left out: rejected, or pending without `includePending`. */
  skipped: number;
};

export type MergeResult =
  | { ok: true; dataset: Dataset; counts: MergeCounts }
  | { ok: false; problems: Problem[] };

/**
 * Rewrites `entities[90].label` (an index in the merged dataset) into the draft's own path
 * (`draft entities[3].entity.label`), so a person can find the proposal at fault.
 */
function pathMapper(dataset: Dataset, entityOrigins: number[], relationOrigins: number[]) {
  const sections = {
    sources: { base: dataset.sources.length, origin: (_: number) => 'draft source' },
    entities: {
      base: dataset.entities.length,
      origin: (i: number) => `draft entities[${entityOrigins[i]}].entity`,
    },
    relations: {
      base: dataset.relations.length,
      origin: (i: number) => `draft relations[${relationOrigins[i]}].relation`,
    },
  };
  return (problem: Problem): Problem => {
    const match = /^(sources|entities|relations)\[(\d+)\](.*)$/.exec(problem.path);
    if (!match) return problem;
    const section = sections[match[1] as keyof typeof sections];
    const index = Number(match[2]);
    if (index < section.base) return { ...problem, path: `dataset ${problem.path}` };
    return { ...problem, path: `${section.origin(index - section.base)}${match[3]}` };
  };
}

export function mergeDraft(
  dataset: Dataset,
  draft: Draft,
  options: MergeOptions = {},
): MergeResult {
  const taken = (decision: Decision) =>
    decision === 'accepted' || (decision === 'pending' && options.includePending === true);
  const problems: Problem[] = [];

  if (dataset.sources.some((s) => s.id === draft.source.id)) {
    problems.push({
      path: 'draft source.id',
      message: `the dataset already has a source "${draft.source.id}" (was this article merged before?)`,
    });
  }

  const entityOrigins: number[] = [];
  const entities = [...dataset.entities];
  draft.entities.forEach((proposal, i) => {
    if (!taken(proposal.decision)) return;
    entityOrigins.push(i);
    entities.push(proposal.entity);
  });

  const relationIndex = new Map(dataset.relations.map((r, i) => [r.id, i]));
  const relations: Relation[] = [...dataset.relations];
  const relationOrigins: number[] = [];
  let extended = 0;
  draft.relations.forEach((proposal, i) => {
    if (!taken(proposal.decision)) return;
    if (proposal.extends === undefined) {
      relationOrigins.push(i);
      relations.push(proposal.relation);
      return;
    }
    const at = relationIndex.get(proposal.extends);
    if (at === undefined) {
      problems.push({
        path: `draft relations[${i}].extends`,
        message: `the dataset has no relation "${proposal.extends}" to add this evidence to`,
      });
      return;
    }
    const existing = relations[at] as Relation;
    relations[at] = {
      ...existing,
      evidence: joinEvidence(existing.evidence, proposal.relation.evidence),
    };
    extended += 1;
  });
  if (problems.length > 0) return { ok: false, problems };

  const merged: Dataset = {
    ...dataset,
    sources: [...dataset.sources, draft.source],
    entities,
    relations,
  };
  const result = validateDataset(merged);
  if (!result.ok) {
    const mapPath = pathMapper(dataset, entityOrigins, relationOrigins);
    return { ok: false, problems: result.problems.map(mapPath) };
  }
  const merging = entityOrigins.length + relationOrigins.length + extended;
  return {
    ok: true,
    dataset: result.dataset,
    counts: {
      entities: entityOrigins.length,
      relations: relationOrigins.length,
      extended,
      skipped: draft.entities.length + draft.relations.length - merging,
    },
  };
}
