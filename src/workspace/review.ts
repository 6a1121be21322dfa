// The review of one article's proposals, as the workspace keeps it: the draft with each
// proposal's decision and where its new entities go. Pure helpers: the decisions a command
// changed, and putting them back or forward on undo and redo.

import type { Decision, Draft } from '../ingest/draft';
import type { Point } from './apply-draft';

export type Review = {
  /** Unique per reading of an article, so a command's decisions find their review. */
  id: string;
  fileName: string;
  draft: Draft;
  /** Where each proposed new entity is drawn, and put when accepted. */
  positions: Record<string, Point>;
  /** Corrections saved on proposals before they are accepted, kept with the workspace so a
   * reload loses none (commands/accept.ts applies them). */
  fixes?: SavedFixes;
};

/** Corrections saved on proposals, by proposal index: a relation's kind, ends, direction and
 * date; a new entity's label and kind. */
export type SavedFixes = {
  relations?: Record<
    number,
    { kind?: string; source?: string; target?: string; directed?: boolean; date?: string | null }
  >;
  entities?: Record<number, { label?: string; kind?: string }>;
};

/** What a person changed in a proposal before accepting it: each field's value as proposed and
 * as accepted (a date removed is null); a relation's kind, ends, direction and date, an entity's
 * label and kind. */
export type Correction = Partial<
  Record<
    'kind' | 'source' | 'target' | 'directed' | 'date' | 'label',
    { from: unknown; to: unknown }
  >
>;

/** A correction with the proposal it was made on. */
export type ProposalCorrection = {
  type: 'entity' | 'relation';
  index: number;
  correction: Correction;
};

export type DecisionChange = {
  type: 'entity' | 'relation';
  index: number;
  before: Decision;
  after: Decision;
  /** The reader's rule that made the proposal, so its record can be counted after the review. */
  rule?: string;
  correction?: Correction;
};

/** The proposals whose decision differs between two states of one draft. */
export function decisionChanges(before: Draft, after: Draft): DecisionChange[] {
  const changes: DecisionChange[] = [];
  const compare = (
    type: 'entity' | 'relation',
    a: { decision: Decision; rule: string }[],
    b: typeof a,
  ) => {
    a.forEach((proposal, index) => {
      const next = b[index]?.decision;
      if (next !== undefined && next !== proposal.decision)
        changes.push({ type, index, before: proposal.decision, after: next, rule: proposal.rule });
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

/** An article read into the workspace, kept so a quote can be shown in its place. */
export type ArticleText = { fileName: string; title: string; sentences: string[] };

/** Article texts by source id. */
export type Articles = Readonly<Record<string, ArticleText>>;

/** The articles with the review's own added (a review's article is kept once it is read). */
export function withReviewArticle(articles: Articles, review: Review | null): Articles {
  if (!review || Object.hasOwn(articles, review.draft.source.id)) return articles;
  const { source, sentences } = review.draft;
  return {
    ...articles,
    [source.id]: { fileName: review.fileName, title: source.title, sentences },
  };
}

/** The index of the sentence that holds the quote (whitespace aside), or -1. */
export function sentenceOfQuote(sentences: readonly string[], quote: string): number {
  const fold = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[“"]|[”"]$/g, '');
  const wanted = fold(quote);
  const exact = sentences.findIndex((s) => fold(s).includes(wanted));
  if (exact !== -1 || wanted.length === 0) return exact;
  // a quote cut to its clause, or running over two sentences: the one holding its start
  const head = wanted.slice(0, 60);
  return sentences.findIndex((s) => fold(s).includes(head));
}
