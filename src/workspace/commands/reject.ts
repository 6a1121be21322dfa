// Reject: a proposal is set aside (it never joins the graph); rejecting a proposed entity also
// rejects the pending relations that need it. Only the review changes, so it is still a command
// the History lists and Undo takes back.
import { type ProposalRef, rejectProposal } from '../apply-draft';
import { proposalName } from './accept';
import { type CommandDef, refuse } from './command';

export const REJECT: CommandDef<{ ref: ProposalRef }> = {
  name: 'reject',
  describe: ({ ref }, { graph, review }) =>
    review ? `Reject: ${proposalName(graph, review.draft, ref)}` : 'Reject',
  validate: ({ ref }, { review }) => {
    if (!review) return 'the review was closed';
    const list = ref.type === 'entity' ? review.draft.entities : review.draft.relations;
    return list[ref.index] ? null : `there is no proposal number ${ref.index + 1}`;
  },
  apply: (_tx, { ref }, { review }) => {
    if (!review) return refuse('the review was closed');
    const { draft } = rejectProposal(review.draft, ref);
    return { ok: true, review: { ...review, draft } };
  },
};

/** How many pending relations rejecting `ref` rejects along with it. */
export function cascadeOfReject(
  review: { draft: Parameters<typeof rejectProposal>[0] },
  ref: ProposalRef,
) {
  return rejectProposal(review.draft, ref).cascaded;
}
