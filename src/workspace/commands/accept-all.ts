// Accept all remaining: every pending proposal of the review, entities first, as one command;
// those that cannot be added stay pending and are reported.
import { acceptAllPending, countDecisions } from '../../ingest/apply-to-graph';
import { positionsMap } from '../review';
import { type CommandDef, refuse } from './command';

/** What the last Accept all did, for the panel's message. */
export type AcceptAllReport = { added: number; problems: string[] };

export const ACCEPT_ALL: CommandDef<{ report?: AcceptAllReport }> = {
  name: 'accept-all',
  describe: (_args, { review }) => `Accept all remaining from ${review?.fileName ?? 'the article'}`,
  validate: (_args, { review }) => {
    if (!review) return 'the review was closed';
    return countDecisions(review.draft).pending === 0 ? 'no proposal is waiting' : null;
  },
  apply: (tx, { report }, { review }) => {
    if (!review) return refuse('the review was closed');
    const outcome = acceptAllPending(tx, review.draft, positionsMap(review));
    if (report) {
      const { nodes, edges, extended } = outcome.applied;
      report.added = nodes.length + edges.length + extended.length;
      report.problems = outcome.problems;
    }
    return { ok: true, review: { ...review, draft: outcome.draft } };
  },
};
