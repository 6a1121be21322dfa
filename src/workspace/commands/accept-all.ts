// Accept all remaining: every pending proposal of the review, entities first, as one command;
// those that cannot be added stay pending and are reported.
import { acceptAllPending, countDecisions } from '../apply-draft';
import { positionsMap } from '../review';
import { acceptedOnly, asProposed, type ProposalFixes, withFixes } from './accept';
import { type CommandDef, refuse } from './command';

/** What the last Accept all did, for the panel's message. */
export type AcceptAllReport = { added: number; problems: string[] };

export type AcceptAllArgs = {
  /** Corrections saved on proposals (by index): those are accepted as corrected. */
  fixes?: ProposalFixes;
  report?: AcceptAllReport;
};

export const ACCEPT_ALL: CommandDef<AcceptAllArgs> = {
  name: 'accept-all',
  describe: (_args, { review }) => `Accept all remaining from ${review?.fileName ?? 'the article'}`,
  validate: (_args, { review }) => {
    if (!review) return 'the review was closed';
    return countDecisions(review.draft).pending === 0 ? 'no proposal is waiting' : null;
  },
  apply: (tx, { report, fixes = {} }, { review }) => {
    if (!review) return refuse('the review was closed');
    const { input, corrections } = withFixes(review.draft, fixes);
    const outcome = acceptAllPending(tx, input, positionsMap(review));
    if (report) {
      const { nodes, edges, extended } = outcome.applied;
      report.added = nodes.length + edges.length + extended.length;
      report.problems = outcome.problems;
    }
    const draft = asProposed(review.draft, outcome.draft, corrections);
    // a correction counts where its proposal was accepted
    const kept = acceptedOnly(draft, corrections);
    return {
      ok: true,
      review: { ...review, draft },
      ...(kept.length > 0 ? { corrections: kept } : {}),
    };
  },
};
