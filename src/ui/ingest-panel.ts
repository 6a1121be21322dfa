// Adding an article: the "Add article…" dialog for pasted text (ui/article-dialog; a dropped or
// picked .txt file comes through the Import control), a progress status with Cancel while the
// extractor reads it in a worker, then the Proposals panel: the proposed entities and interactions
// grouped, each accepted or rejected one by one (or all remaining at once). The review is the
// workspace's (stored with it, mirrored in the store's `review`); each Accept or Reject is a
// workspace command, so it can be undone, and the panel re-reads the store after every change.
// Problems go to the import alert, naming the file; the graph stays as it was. In a story that
// cannot be changed here (a read-only link) the decisions are disabled, saying why.
import { errorDetail } from '../data/errors';
import { countDecisions, type ProposalRef, placeProposedEntities } from '../ingest/apply-to-graph';
import { contextFromGraph } from '../ingest/context-from-graph';
import {
  articleSizeProblem,
  articleTextProblem,
  type IngestJob,
  ingestInWorker,
} from '../ingest/ingest-in-worker';
import { type AppState, highlightProposal } from '../state/app-state';
import { editBlock } from '../state/shared-view';
import type { Store } from '../state/store';
import {
  ACCEPT,
  ACCEPT_ALL,
  type AcceptAllReport,
  type CommandDef,
  correctionOf,
  proposalName,
  REJECT,
  type RelationFix,
  runCommand,
} from '../workspace/commands';
import { cascadeOfReject } from '../workspace/commands/reject';
import type { Review } from '../workspace/review';
import type { Workspace } from '../workspace/workspace';
import type { AlertHandle, AlertRegion } from './alert-region';
import { mountArticleDialog } from './article-dialog';
import { openProposalFix } from './authoring/proposal-fix-dialog';
import { el, replaceChildren } from './dom';
import { proposalRow } from './proposal-rows';
import { lockEditing } from './share/edit-lock';

export type IngestDeps = {
  store: Store<AppState>;
  /** The workspace on screen, or null while none is open. */
  getWorkspace(): Workspace | null;
  selectEntity(id: string): void;
};

export type IngestUi = {
  /** Reads a .txt article (dropped or picked through Import). */
  readFile(file: File): void;
  /** Stops a reading under way (another graph is being opened). */
  cancelReading(): void;
  /** The part of the page the Proposals panel covers, so the overlay keeps out from under it. */
  covered(): DOMRect | null;
  dispose(): void;
};

const newReviewId = () =>
  `review-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function mountIngest(
  roots: { button: HTMLElement; panel: HTMLElement },
  alerts: AlertRegion,
  deps: IngestDeps,
): IngestUi {
  const { panel } = roots;
  const { store } = deps;
  let job: IngestJob | null = null;

  /** What the reading shows in the alert region: cleared only while it is still what is shown. */
  let shown: AlertHandle | null = null;
  const clearAlert = () => {
    shown?.clear();
    shown = null;
  };
  const showProblem = (fileName: string, message: string) => {
    shown = alerts.problem({
      title: `Could not read ${fileName}`,
      reassurance: 'The graph you were exploring is unchanged.',
      lines: [`${fileName}: ${message}`],
    });
  };
  /** The reading's progress: built once per reading, then only its text changes, so Cancel keeps
   * focus and a screen reader hears the stage, not the clock. */
  let progress: {
    fileName: string;
    handle: AlertHandle;
    stage: HTMLElement;
    clock: HTMLElement;
  } | null = null;
  const showProgress = (fileName: string, stage: string, started: number) => {
    if (!progress?.handle.shown || progress.fileName !== fileName) {
      const stageText = el('span', { className: 'stage' });
      const clock = el('span', { className: 'clock', attrs: { 'aria-hidden': 'true' } });
      const root = el(
        'div',
        { className: 'import-progress article-progress', attrs: { role: 'status' } },
        [
          el('p', {}, [el('strong', { text: `Reading ${fileName}` }), stageText, clock]),
          el('progress', { attrs: { 'aria-label': `Reading ${fileName}` } }),
          el('button', {
            className: 'small-button',
            text: 'Cancel',
            attrs: { type: 'button', 'aria-label': `Cancel reading ${fileName}` },
            on: { click: () => job?.cancel() },
          }),
        ],
      );
      const handle = alerts.show(root);
      shown = handle;
      progress = { fileName, handle, stage: stageText, clock };
    }
    progress.stage.textContent = ` — ${stage}…`;
    progress.clock.textContent = ` (${((performance.now() - started) / 1000).toFixed(1)} s)`;
  };

  async function read(fileName: string, text: string, published: string | null = null) {
    job?.cancel();
    job = null;
    const workspace = deps.getWorkspace();
    const problem =
      articleSizeProblem(new TextEncoder().encode(text).length) ??
      articleTextProblem(text) ??
      (workspace ? null : 'no graph is loaded to add the article to');
    if (problem || !workspace) {
      showProblem(fileName, problem ?? 'no graph is loaded');
      return;
    }
    const { graph } = workspace;
    const started = performance.now();
    let stage = 'starting';
    showProgress(fileName, stage, started);
    const timer = setInterval(() => showProgress(fileName, stage, started), 500);
    const current = ingestInWorker(
      {
        text: text.replace(/^\uFEFF/, ''),
        context: contextFromGraph(graph),
        meta: { fileName, published },
      },
      (next) => {
        stage = next.toLowerCase();
        showProgress(fileName, stage, started);
      },
    );
    job = current;
    try {
      const result = await current.result;
      if (job !== current) return; // replaced by a newer reading
      job = null;
      clearAlert();
      if (result === null) return; // cancelled
      if (!result.ok) {
        showProblem(fileName, result.message);
        return;
      }
      if (deps.getWorkspace() !== workspace) {
        showProblem(
          fileName,
          'another workspace was opened while the article was read; add it again',
        );
        return;
      }
      const positions = Object.fromEntries(placeProposedEntities(graph, result.draft));
      workspace.setReview({ id: newReviewId(), fileName, draft: result.draft, positions });
      (panel.querySelector('#proposals-title') as HTMLElement | null)?.focus();
    } finally {
      clearInterval(timer);
    }
  }

  async function readFile(file: File) {
    const tooBig = articleSizeProblem(file.size);
    if (tooBig) {
      job?.cancel();
      job = null;
      showProblem(file.name, tooBig);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      showProblem(file.name, `could not be read: ${errorDetail(error)}`);
      return;
    }
    await read(file.name, text);
  }

  const dialog = mountArticleDialog(
    roots.button,
    (fileName, text, published) => void read(fileName, text, published),
  );

  // --- the Proposals panel ----------------------------------------------------------------------
  const rows = new Map<string, HTMLLIElement>();
  const counts = el('p', { className: 'proposal-counts', attrs: { 'aria-live': 'polite' } });
  const message = el('p', { className: 'proposal-message', attrs: { 'aria-live': 'polite' } });
  const acceptAllButton = el('button', {
    className: 'small-button',
    text: 'Accept all remaining',
    attrs: { type: 'button' },
    on: { click: acceptAll },
  });
  const closeButton = el('button', {
    className: 'small-button',
    text: 'Close',
    attrs: { type: 'button', 'aria-label': 'Close proposals' },
    on: { click: () => closeReview() },
  });
  const keyOf = (ref: ProposalRef) => `${ref.type}:${ref.index}`;
  /** The review the panel shows (its id), so a new one is built and a changed one updated. */
  let shownId: string | null = null;

  /** Set while focus is moved for the person after a decision: that is not pointing at a row, so
   * the overlay does not pan to it (the camera stays where the person left it). */
  let movingFocus = false;
  const highlight = (ref: ProposalRef | null) => {
    if (!movingFocus) store.update(highlightProposal(ref));
  };

  function rowItem(ref: ProposalRef): HTMLLIElement {
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
    rows.set(keyOf(ref), li);
    return li;
  }

  /** Marks the proposal pointed at; nothing else in the rows changes. */
  function markHighlighted(highlighted: ProposalRef | null) {
    for (const [key, li] of rows)
      li.classList.toggle('highlighted', highlighted !== null && key === keyOf(highlighted));
  }

  /** Writes each row anew from the review (its decision, its links to the graph as it is now),
   * keeping the focus on the same action of the same row. */
  function updateRows(review: Review) {
    const workspace = deps.getWorkspace();
    if (!workspace) return;
    const { graph } = workspace;
    const { draft } = review;
    const active = document.activeElement as HTMLElement | null;
    const focusedRow = active?.closest('li.proposal');
    const focusedAction = active?.dataset.action;
    const blocked = editBlock(store.get());
    for (const [key, li] of rows) {
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
        proposalRow(graph, draft, ref, {
          decide: (r, decision) => decide(r, decision, fixes.get(r.index)),
          correct,
          correctionText,
          selectEntity: deps.selectEntity,
        }),
      );
      for (const action of li.querySelectorAll<HTMLButtonElement>('button[data-action]'))
        lockEditing(action, blocked);
      if (li === focusedRow && focusedAction)
        li.querySelector<HTMLElement>(`[data-action="${focusedAction}"]`)?.focus();
    }
    const c = countDecisions(draft);
    counts.textContent = `${c.pending} pending · ${c.accepted} accepted · ${c.rejected} rejected`;
    lockEditing(acceptAllButton, blocked);
    acceptAllButton.disabled ||= c.pending === 0;
  }

  /** Corrections saved on relation proposals (by index), applied when they are accepted. */
  const fixes = new Map<number, RelationFix>();

  function correctionText(ref: ProposalRef): string {
    const review = deps.getWorkspace()?.review();
    const fix = fixes.get(ref.index);
    if (!review || !fix) return '';
    const correction = correctionOf(review.draft, ref.index, fix);
    return Object.entries(correction)
      .map(([field, change]) => `${field} ${String(change?.to ?? 'none')}`)
      .join(', ');
  }

  function correct(ref: ProposalRef) {
    const workspace = deps.getWorkspace();
    const review = workspace?.review();
    if (!workspace || !review) return;
    const name = proposalName(workspace.graph, review.draft, ref);
    openProposalFix(workspace.graph, review.draft, ref.index, name, fixes.get(ref.index), (fix) => {
      fixes.set(ref.index, fix);
      render(store.get());
      message.textContent = `Correction kept: accept ${name} to add it as corrected.`;
    });
  }

  function buildPanel(review: Review) {
    rows.clear();
    fixes.clear();
    const { draft, fileName } = review;
    const title = el('h2', {
      id: 'proposals-title',
      text: `Proposals from ${fileName}`,
      attrs: { tabindex: -1 },
    });
    message.textContent = '';
    const empty = draft.entities.length === 0 && draft.relations.length === 0;
    const group = (heading: string, refs: ProposalRef[]) =>
      refs.length === 0
        ? null
        : el('section', { className: 'proposal-group' }, [
            el('h3', { text: `${heading} (${refs.length})` }),
            el('ul', { className: 'proposal-list' }, refs.map(rowItem)),
          ]);
    replaceChildren(panel, [
      el('header', { className: 'proposals-header' }, [title, closeButton]),
      el('p', { className: 'muted proposal-source', text: draft.source.title }),
      empty
        ? el('p', {
            className: 'proposals-empty',
            text: `No entities or interactions found in ${fileName}`,
          })
        : counts,
      empty ? null : el('div', { className: 'proposal-toolbar' }, [acceptAllButton]),
      message,
      group(
        'Interactions',
        draft.relations.map((_p, index) => ({ type: 'relation' as const, index })),
      ),
      group(
        'New entities',
        draft.entities.map((_p, index) => ({ type: 'entity' as const, index })),
      ),
    ]);
    panel.hidden = false;
  }

  function render(state: AppState) {
    const { review } = state;
    if (!review) {
      const wasOpen = shownId !== null;
      shownId = null;
      rows.clear();
      panel.hidden = true;
      panel.replaceChildren();
      if (wasOpen && panel.contains(document.activeElement)) dialog.focusButton();
      return;
    }
    if (review.id !== shownId) {
      shownId = review.id;
      buildPanel(review);
    }
    updateRows(review);
    markHighlighted(state.highlightedProposal);
  }

  function closeReview() {
    const focusWasInside = panel.contains(document.activeElement);
    deps.getWorkspace()?.setReview(null);
    if (focusWasInside) dialog.focusButton();
  }

  /** Focus moves on to the next proposal still waiting, or to Close when none is left. */
  function moveFocus(ref: ProposalRef | null) {
    const own = ref ? rows.get(keyOf(ref)) : undefined;
    const pending = [...rows.values()].find((li) => li.classList.contains('decision-pending'));
    const target =
      (own?.classList.contains('decision-pending')
        ? own
        : pending
      )?.querySelector<HTMLButtonElement>('[data-action="accept"]') ?? closeButton;
    target.focus();
  }

  /** Runs a review command on the workspace; says what it did, or why it could not. */
  function runReviewCommand<A>(def: CommandDef<A>, args: A, ref: ProposalRef | null): boolean {
    const workspace = deps.getWorkspace();
    if (!workspace || !workspace.review()) return false;
    const result = runCommand(workspace, def, args);
    if (!result.ok) {
      message.textContent = `Not done: ${result.message}.`;
      return false;
    }
    moveFocus(ref);
    return true;
  }

  function decide(ref: ProposalRef, decision: 'accepted' | 'rejected', fix?: RelationFix) {
    const workspace = deps.getWorkspace();
    const review = workspace?.review();
    if (!workspace || !review) return;
    const name = proposalName(workspace.graph, review.draft, ref);
    if (decision === 'rejected') {
      const cascaded = cascadeOfReject(review, ref);
      if (runReviewCommand(REJECT, { ref }, ref))
        message.textContent =
          cascaded > 0
            ? `Rejected ${name}, and ${cascaded} interaction${cascaded === 1 ? '' : 's'} that needed it.`
            : `Rejected ${name}.`;
      return;
    }
    if (runReviewCommand(ACCEPT, fix ? { ref, fix } : { ref }, ref))
      message.textContent = fix ? `Accepted ${name} as corrected.` : `Accepted ${name}.`;
  }

  function acceptAll() {
    const report: AcceptAllReport = { added: 0, problems: [] };
    if (!runReviewCommand(ACCEPT_ALL, { report, fixes: Object.fromEntries(fixes) }, null)) return;
    const { added, problems } = report;
    message.textContent =
      problems.length === 0
        ? `Accepted ${added} proposal${added === 1 ? '' : 's'}.`
        : `Accepted ${added}; not accepted: ${problems.join('; ')}.`;
  }

  panel.hidden = true;
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.review !== previous.review ||
      state.graphVersion !== previous.graphVersion ||
      editBlock(state) !== editBlock(previous)
    )
      render(state);
    else if (state.highlightedProposal !== previous.highlightedProposal)
      markHighlighted(state.highlightedProposal);
  });
  return {
    readFile: (file) => void readFile(file),
    cancelReading() {
      job?.cancel();
      job = null;
    },
    covered: () => (panel.hidden ? null : panel.getBoundingClientRect()),
    dispose() {
      unsubscribe();
      job?.cancel();
      dialog.dispose();
      panel.replaceChildren();
    },
  };
}
