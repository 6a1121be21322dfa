// What the Proposals panel does on the workspace: Accept, Reject (with the interactions that
// needed a rejected entity), Accept all remaining, and a correction kept on a proposal until it is
// accepted. Each decision is a workspace command, so it can be undone; each says what it did.
import type { ProposalRef } from '../../workspace/apply-draft';
import {
  ACCEPT,
  ACCEPT_ALL,
  type AcceptAllReport,
  type CommandDef,
  correctionOfRef,
  type EntityFix,
  proposalName,
  REJECT,
  type RelationFix,
  runCommand,
} from '../../workspace/commands';
import { cascadeOfReject } from '../../workspace/commands/reject';
import type { Workspace } from '../../workspace/workspace';
import { openEntityProposalFix, openProposalFix } from '../authoring/proposal-fix-dialog';

export type DecisionsContext = {
  getWorkspace(): Workspace | null;
  /** Corrections saved on relation proposals (by index), applied when they are accepted. */
  fixes: Map<number, RelationFix>;
  /** Corrections saved on entity proposals (by index), applied when they join the graph. */
  entityFixes: Map<number, EntityFix>;
  /** Says what a decision did, or why it was not done. */
  say(text: string): void;
  /** Moves focus on after a decision (`ref`: the proposal decided, if one). */
  moveFocus(ref: ProposalRef | null): void;
  /** Draws the rows again (a correction was kept). */
  redraw(): void;
};

export type ProposalDecisions = {
  decide(ref: ProposalRef, decision: 'accepted' | 'rejected'): void;
  acceptAll(): void;
  correct(ref: ProposalRef): void;
  /** The correction kept on a proposal, in words ("kind talks"), or ''. */
  correctionText(ref: ProposalRef): string;
};

/** Runs a review command on the workspace; says why it could not, or moves focus on. */
function runReviewCommand<A>(
  ctx: DecisionsContext,
  def: CommandDef<A>,
  args: A,
  ref: ProposalRef | null,
): boolean {
  const workspace = ctx.getWorkspace();
  if (!workspace || !workspace.review()) return false;
  const result = runCommand(workspace, def, args);
  if (!result.ok) {
    ctx.say(`Not done: ${result.message}.`);
    return false;
  }
  ctx.moveFocus(ref);
  return true;
}

function decide(ctx: DecisionsContext, ref: ProposalRef, decision: 'accepted' | 'rejected') {
  const workspace = ctx.getWorkspace();
  const review = workspace?.review();
  if (!workspace || !review) return;
  const name = proposalName(workspace.graph, review.draft, ref);
  if (decision === 'rejected') {
    const cascaded = cascadeOfReject(review, ref);
    if (runReviewCommand(ctx, REJECT, { ref }, ref))
      ctx.say(
        cascaded > 0
          ? `Rejected ${name}, and ${cascaded} interaction${cascaded === 1 ? '' : 's'} that needed it.`
          : `Rejected ${name}.`,
      );
    return;
  }
  const fix = savedFix(ctx, ref);
  const entityFixes = Object.fromEntries(ctx.entityFixes);
  if (runReviewCommand(ctx, ACCEPT, { ref, entityFixes, ...(fix ? { fix } : {}) }, ref))
    ctx.say(fix ? `Accepted ${name} as corrected.` : `Accepted ${name}.`);
}

/** The correction saved on a proposal, if one. */
const savedFix = (ctx: DecisionsContext, ref: ProposalRef) =>
  ref.type === 'entity' ? ctx.entityFixes.get(ref.index) : ctx.fixes.get(ref.index);

function acceptAll(ctx: DecisionsContext) {
  const report: AcceptAllReport = { added: 0, problems: [] };
  const fixes = {
    relations: Object.fromEntries(ctx.fixes),
    entities: Object.fromEntries(ctx.entityFixes),
  };
  const args = { report, fixes };
  if (!runReviewCommand(ctx, ACCEPT_ALL, args, null)) return;
  const { added, problems } = report;
  ctx.say(
    problems.length === 0
      ? `Accepted ${added} proposal${added === 1 ? '' : 's'}.`
      : `Accepted ${added}; not accepted: ${problems.join('; ')}.`,
  );
}

function correctionText(ctx: DecisionsContext, ref: ProposalRef): string {
  const review = ctx.getWorkspace()?.review();
  const fix = savedFix(ctx, ref);
  if (!review || !fix) return '';
  const correction = correctionOfRef(review.draft, ref, fix);
  return Object.entries(correction)
    .map(([field, change]) => `${field} ${String(change?.to ?? 'none')}`)
    .join(', ');
}

function correct(ctx: DecisionsContext, ref: ProposalRef) {
  const workspace = ctx.getWorkspace();
  const review = workspace?.review();
  if (!workspace || !review) return;
  const name = proposalName(workspace.graph, review.draft, ref);
  const kept = () => {
    keepWithWorkspace(ctx);
    ctx.redraw();
    ctx.say(`Correction kept: accept ${name} to add it as corrected.`);
  };
  const graph = workspace.graph;
  const draft = review.draft;
  if (ref.type === 'entity')
    openEntityProposalFix(graph, draft, ref.index, name, ctx.entityFixes.get(ref.index), (fix) => {
      ctx.entityFixes.set(ref.index, fix);
      kept();
    });
  else
    openProposalFix(graph, draft, ref.index, name, ctx.fixes.get(ref.index), (fix) => {
      ctx.fixes.set(ref.index, fix);
      kept();
    });
}

/** The saved corrections written into the review, which the workspace keeps (and saves). */
function keepWithWorkspace(ctx: DecisionsContext) {
  const workspace = ctx.getWorkspace();
  const review = workspace?.review();
  if (!workspace || !review) return;
  const fixes = {
    relations: Object.fromEntries(ctx.fixes),
    entities: Object.fromEntries(ctx.entityFixes),
  };
  workspace.setReview({ ...review, fixes });
}

export function proposalDecisions(ctx: DecisionsContext): ProposalDecisions {
  return {
    decide: (ref, decision) => decide(ctx, ref, decision),
    acceptAll: () => acceptAll(ctx),
    correct: (ref) => correct(ctx, ref),
    correctionText: (ref) => correctionText(ctx, ref),
  };
}
