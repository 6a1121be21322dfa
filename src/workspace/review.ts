// The review of one article's proposals, as the workspace keeps it: the draft with each
// proposal's decision and where its new entities go. Pure helpers: the decisions a command
// changed, and putting them back or forward on undo and redo.
import type { Point } from '../ingest/apply-to-graph';
import type { Decision, Draft } from '../ingest/draft';

export type Review = {
  /** Unique per reading of an article, so a command's decisions find their review. */
  id: string;
  fileName: string;
  draft: Draft;
  /** Where each proposed new entity is drawn, and put when accepted. */
  positions: Record<string, Point>;
};

export type DecisionChange = {
  type: 'entity' | 'relation';
  index: number;
  before: Decision;
  after: Decision;
};

/** The proposals whose decision differs between two states of one draft. */
export function decisionChanges(before: Draft, after: Draft): DecisionChange[] {
  const changes: DecisionChange[] = [];
  const compare = (type: 'entity' | 'relation', a: { decision: Decision }[], b: typeof a) => {
    a.forEach((proposal, index) => {
      const next = b[index]?.decision;
      if (next !== undefined && next !== proposal.decision)
        changes.push({ type, index, before: proposal.decision, after: next });
    });
  };
  compare('entity', before.entities, after.entities);
  compare('relation', before.relations, after.relations);
  return changes;
}

/** The draft with the changes' `after` (forward) or `before` (backward) decisions. */
export function withDecisions(
  draft: Draft,
  changes: readonly DecisionChange[],
  direction: 'forward' | 'backward',
): Draft {
  if (changes.length === 0) return draft;
  const pick = (change: DecisionChange) => (direction === 'forward' ? change.after : change.before);
  const entities = [...draft.entities];
  const relations = [...draft.relations];
  for (const change of changes) {
    const list = change.type === 'entity' ? entities : relations;
    const proposal = list[change.index];
    if (proposal) list[change.index] = { ...proposal, decision: pick(change) } as never;
  }
  return { ...draft, entities, relations };
}

export function positionsMap(review: Review): Map<string, Point> {
  return new Map(Object.entries(review.positions));
}
