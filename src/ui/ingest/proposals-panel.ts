// The Proposals panel: the entities and interactions an article proposed, grouped, each accepted
// or rejected one by one (or all remaining at once). The review is the workspace's (mirrored in
// the store's `review`); the panel is built once per review and its rows are written anew from
// the store after every change, keeping focus on the same action of the same row. In a story
// that cannot be changed here (a read-only link) the decisions are disabled, saying why.
import { type AppState, highlightProposal } from '../../state/app-state';
import { editBlock } from '../../state/shared-view';
import type { Store } from '../../state/store';
import { countDecisions, type ProposalRef } from '../../workspace/apply-draft';
import type { EntityFix, RelationFix } from '../../workspace/commands';
import type { Review } from '../../workspace/review';
import type { Workspace } from '../../workspace/workspace';
import { el, replaceChildren } from '../dom';
import { proposalRow } from '../proposal-rows';
import { lockEditing } from '../share/edit-lock';
import { type ProposalDecisions, proposalDecisions } from './proposal-decisions';

export type ProposalsPanelDeps = {
  store: Store<AppState>;
  getWorkspace(): Workspace | null;
  selectEntity(id: string): void;
  /** Gives focus back to the Add article… button (the panel closed with focus in it). */
  focusButton(): void;
};

export type ProposalsPanel = {
  /** Moves focus to the panel's heading (a new review is shown). */
  focusTitle(): void;
  /** The part of the page the panel covers, so the overlay keeps out from under it. */
  covered(): DOMRect | null;
  dispose(): void;
};

type Panel = {
  root: HTMLElement;
  deps: ProposalsPanelDeps;
  rows: Map<string, HTMLLIElement>;
  fixes: Map<number, RelationFix>;
  entityFixes: Map<number, EntityFix>;
  counts: HTMLElement;
  message: HTMLElement;
  acceptAllButton: HTMLButtonElement;
  closeButton: HTMLButtonElement;
  /** The review the panel shows (its id), so a new one is built and a changed one updated. */
  shownId: string | null;
  decisions: ProposalDecisions;
};

const keyOf = (ref: ProposalRef) => `${ref.type}:${ref.index}`;

function rowItem(panel: Panel, ref: ProposalRef): HTMLLIElement {
  const highlight = (pointed: ProposalRef | null) =>
    panel.deps.store.update(highlightProposal(pointed));
  const li = el('li', {
    className: 'proposal',
    on: {
      mouseenter: () => highlight(ref),
      mouseleave: () => highlight(null),
      focusin: () => highlight(ref),
      focusout: (event) => {
        if (!li.contains(event.relatedTarget as Node | null)) highlight(null);
      },
    },
  });
  panel.rows.set(keyOf(ref), li);
  return li;
}

/** Marks the proposal pointed at; nothing else in the rows changes. */
function markHighlighted(panel: Panel, highlighted: ProposalRef | null) {
  for (const [key, li] of panel.rows)
    li.classList.toggle('highlighted', highlighted !== null && key === keyOf(highlighted));
}

/** Writes each row anew from the review (its decision, its links to the graph as it is now),
 * keeping the focus on the same action of the same row. */
function updateRows(panel: Panel, review: Review) {
  const workspace = panel.deps.getWorkspace();
  if (!workspace) return;
  const { draft } = review;
  const active = document.activeElement as HTMLElement | null;
  const focusedRow = active?.closest('li.proposal');
  const focusedAction = active?.dataset.action;
  const blocked = editBlock(panel.deps.store.get());
  for (const [key, li] of panel.rows) {
    const [type, index] = key.split(':') as ['entity' | 'relation', string];
    const ref = { type, index: Number(index) };
    const proposal = type === 'entity' ? draft.entities[ref.index] : draft.relations[ref.index];
    const id = proposal && ('entity' in proposal ? proposal.entity.id : proposal.relation.id);
    li.classList.remove('decision-pending', 'decision-accepted', 'decision-rejected');
    li.classList.add(`decision-${proposal?.decision ?? 'pending'}`);
    // what the row proposes, for tests and the console: "entity:<id>" or "relation:<id>"
    li.dataset.proposal = `${type}:${id ?? ''}`;
    replaceChildren(
      li,
      proposalRow(workspace.graph, draft, ref, {
        ...panel.decisions,
        selectEntity: panel.deps.selectEntity,
      }),
    );
    for (const action of li.querySelectorAll<HTMLButtonElement>('button[data-action]'))
      lockEditing(action, blocked);
    if (li === focusedRow && focusedAction)
      li.querySelector<HTMLElement>(`[data-action="${focusedAction}"]`)?.focus();
  }
  const c = countDecisions(draft);
  panel.counts.textContent = `${c.pending} pending · ${c.accepted} accepted · ${c.rejected} rejected`;
  lockEditing(panel.acceptAllButton, blocked);
  panel.acceptAllButton.disabled ||= c.pending === 0;
}

function buildPanel(panel: Panel, review: Review) {
  panel.rows.clear();
  // the corrections saved on this review, kept with the workspace (a reload loses none)
  panel.fixes.clear();
  panel.entityFixes.clear();
  for (const [index, fix] of Object.entries(review.fixes?.relations ?? {}))
    panel.fixes.set(Number(index), fix);
  for (const [index, fix] of Object.entries(review.fixes?.entities ?? {}))
    panel.entityFixes.set(Number(index), fix);
  const { draft, fileName } = review;
  const title = el('h2', {
    id: 'proposals-title',
    text: `Proposals from ${fileName}`,
    attrs: { tabindex: -1 },
  });
  panel.message.textContent = '';
  const empty = draft.entities.length === 0 && draft.relations.length === 0;
  const group = (heading: string, refs: ProposalRef[]) =>
    refs.length === 0
      ? null
      : el('section', { className: 'proposal-group' }, [
          el('h3', { text: `${heading} (${refs.length})` }),
          el(
            'ul',
            { className: 'proposal-list' },
            refs.map((ref) => rowItem(panel, ref)),
          ),
        ]);
  replaceChildren(panel.root, [
    el('header', { className: 'proposals-header' }, [title, panel.closeButton]),
    el('p', { className: 'muted proposal-source', text: draft.source.title }),
    empty
      ? el('p', {
          className: 'proposals-empty',
          text: `No entities or interactions found in ${fileName}`,
        })
      : panel.counts,
    empty ? null : el('div', { className: 'proposal-toolbar' }, [panel.acceptAllButton]),
    panel.message,
    group(
      'Interactions',
      draft.relations.map((_p, index) => ({ type: 'relation' as const, index })),
    ),
    group(
      'New entities',
      draft.entities.map((_p, index) => ({ type: 'entity' as const, index })),
    ),
  ]);
  panel.root.hidden = false;
}

function render(panel: Panel, state: AppState) {
  const { review } = state;
  const { root } = panel;
  if (!review) {
    const wasOpen = panel.shownId !== null;
    panel.shownId = null;
    panel.rows.clear();
    root.hidden = true;
    root.replaceChildren();
    if (wasOpen && root.contains(document.activeElement)) panel.deps.focusButton();
    return;
  }
  if (review.id !== panel.shownId) {
    panel.shownId = review.id;
    buildPanel(panel, review);
  }
  updateRows(panel, review);
  markHighlighted(panel, state.highlightedProposal);
}

/** Focus moves on to the next proposal still waiting, or to Close when none is left. */
function moveFocus(panel: Panel, ref: ProposalRef | null) {
  const own = ref ? panel.rows.get(keyOf(ref)) : undefined;
  const pending = [...panel.rows.values()].find((li) => li.classList.contains('decision-pending'));
  const target =
    (own?.classList.contains('decision-pending') ? own : pending)?.querySelector<HTMLButtonElement>(
      '[data-action="accept"]',
    ) ?? panel.closeButton;
  target.focus();
}

function button(text: string, run: () => void, label?: string): HTMLButtonElement {
  return el('button', {
    className: 'small-button',
    text,
    attrs: { type: 'button', 'aria-label': label },
    on: { click: run },
  });
}

export function mountProposalsPanel(root: HTMLElement, deps: ProposalsPanelDeps): ProposalsPanel {
  const { store } = deps;
  const message = el('p', { className: 'proposal-message', attrs: { 'aria-live': 'polite' } });
  const fixes = new Map<number, RelationFix>();
  const entityFixes = new Map<number, EntityFix>();
  const closeReview = () => {
    const focusWasInside = root.contains(document.activeElement);
    deps.getWorkspace()?.setReview(null);
    if (focusWasInside) deps.focusButton();
  };
  const panel: Panel = {
    root,
    deps,
    rows: new Map(),
    fixes,
    entityFixes,
    counts: el('p', { className: 'proposal-counts', attrs: { 'aria-live': 'polite' } }),
    message,
    acceptAllButton: button('Accept all remaining', () => panel.decisions.acceptAll()),
    closeButton: button('Close', closeReview, 'Close proposals'),
    shownId: null,
    decisions: proposalDecisions({
      getWorkspace: deps.getWorkspace,
      fixes,
      entityFixes,
      say: (text) => {
        message.textContent = text;
      },
      moveFocus: (ref) => moveFocus(panel, ref),
      redraw: () => render(panel, store.get()),
    }),
  };
  root.hidden = true;
  render(panel, store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    // what the last decision said is stale once the decisions change by other means (Undo, Redo,
    // a collaborator); a decision made here says its own words right after this
    if (state.review && previous.review && state.review !== previous.review)
      message.textContent = '';
    if (
      state.review !== previous.review ||
      state.graphVersion !== previous.graphVersion ||
      editBlock(state) !== editBlock(previous)
    )
      render(panel, state);
    else if (state.highlightedProposal !== previous.highlightedProposal)
      markHighlighted(panel, state.highlightedProposal);
  });
  return {
    focusTitle: () => (root.querySelector('#proposals-title') as HTMLElement | null)?.focus(),
    covered: () => (root.hidden ? null : root.getBoundingClientRect()),
    dispose() {
      unsubscribe();
      root.replaceChildren();
    },
  };
}
