// Adding an article: the "Add article…" dialog for pasted text (ui/article-dialog; a dropped or
// picked .txt file comes through the Import control), a progress status with Cancel while the
// extractor reads it in a worker, then the Proposals panel: the proposed entities and interactions
// grouped, each accepted or rejected one by one (or all remaining at once). Accepted proposals
// join the live graph; the overlay (render/proposal-layer) follows the review through `feed`.
// Problems go to the import alert, naming the file; the graph stays as it was.
import type { ParleyGraph } from '../graph/types';
import {
  type AcceptOutcome,
  type Applied,
  acceptAllPending,
  acceptProposal,
  countDecisions,
  type ProposalRef,
  placeProposedEntities,
  type ReviewFeed,
  type ReviewView,
  rejectProposal,
} from '../ingest/apply-to-graph';
import { contextFromGraph } from '../ingest/context-from-graph';
import type { Draft } from '../ingest/draft';
import {
  articleSizeProblem,
  articleTextProblem,
  type IngestJob,
  ingestInWorker,
} from '../ingest/ingest-in-worker';
import {
  clearArticleAlert,
  mountArticleDialog,
  showArticleProblem,
  showArticleProgress,
} from './article-dialog';
import { el, replaceChildren } from './dom';
import { proposalName, proposalRow } from './proposal-rows';

export type IngestDeps = {
  /** The graph on screen, or null while none is loaded. */
  getGraph(): ParleyGraph | null;
  /** The graph gained nodes or edges: the explorer shows them (search, filters, canvas). */
  onGraphChanged(applied: Applied): void;
  selectEntity(id: string): void;
  notify(message: string): void;
};

export type IngestUi = {
  /** Reads a .txt article (dropped or picked through Import). */
  readFile(file: File): void;
  /** Stops any reading and closes the review (a new graph was imported). */
  close(): void;
  feed: ReviewFeed;
  dispose(): void;
};

type Session = {
  fileName: string;
  graph: ParleyGraph;
  draft: Draft;
  positions: ReadonlyMap<string, { x: number; y: number }>;
  highlighted: ProposalRef | null;
};

export function mountIngest(
  roots: { button: HTMLElement; panel: HTMLElement; alert: HTMLElement },
  deps: IngestDeps,
): IngestUi {
  const { panel, alert } = roots;
  let session: Session | null = null;
  let job: IngestJob | null = null;
  const listeners = new Set<() => void>();
  const feed: ReviewFeed = {
    get: (): ReviewView | null =>
      session && session.graph === deps.getGraph()
        ? { draft: session.draft, positions: session.positions, highlighted: session.highlighted }
        : null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    camera: null,
    covered: () => (panel.hidden ? null : panel.getBoundingClientRect()),
  };
  const changed = () => {
    for (const listener of listeners) listener();
  };

  const clearAlert = () => clearArticleAlert(alert);
  const showProblem = (fileName: string, message: string) =>
    showArticleProblem(alert, fileName, message);
  const showProgress = (fileName: string, stage: string, started: number) =>
    showArticleProgress(alert, fileName, stage, started, () => job?.cancel());

  async function read(fileName: string, text: string, published: string | null = null) {
    job?.cancel();
    job = null;
    const graph = deps.getGraph();
    const problem =
      articleSizeProblem(new TextEncoder().encode(text).length) ??
      articleTextProblem(text) ??
      (graph ? null : 'no graph is loaded to add the article to');
    if (problem || !graph) {
      showProblem(fileName, problem ?? 'no graph is loaded');
      return;
    }
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
      if (deps.getGraph() !== graph) {
        showProblem(fileName, 'the graph changed while the article was read; add it again');
        return;
      }
      openReview({
        fileName,
        graph,
        draft: result.draft,
        positions: placeProposedEntities(graph, result.draft),
        highlighted: null,
      });
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
      showProblem(
        file.name,
        `could not be read: ${error instanceof Error ? error.message : error}`,
      );
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
    on: { click: () => closeReview({ returnFocus: true }) },
  });
  const keyOf = (ref: ProposalRef) => `${ref.type}:${ref.index}`;

  function highlight(ref: ProposalRef | null) {
    if (!session) return;
    const same =
      session.highlighted?.type === ref?.type && session.highlighted?.index === ref?.index;
    if (same) return;
    session.highlighted = ref;
    for (const [key, li] of rows)
      li.classList.toggle('highlighted', ref !== null && key === keyOf(ref));
    changed();
  }

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

  function updateRows() {
    if (!session) return;
    const { graph, draft } = session;
    for (const [key, li] of rows) {
      const [type, index] = key.split(':') as ['entity' | 'relation', string];
      const ref = { type, index: Number(index) };
      const proposal = type === 'entity' ? draft.entities[ref.index] : draft.relations[ref.index];
      const id = proposal && ('entity' in proposal ? proposal.entity.id : proposal.relation.id);
      li.className = `proposal decision-${proposal?.decision ?? 'pending'}`;
      // what the row proposes, for tests and the console: "entity:<id>" or "relation:<id>"
      li.dataset.proposal = `${type}:${id ?? ''}`;
      replaceChildren(
        li,
        proposalRow(graph, draft, ref, { decide, selectEntity: deps.selectEntity }),
      );
    }
    const c = countDecisions(draft);
    counts.textContent = `${c.pending} pending · ${c.accepted} accepted · ${c.rejected} rejected`;
    acceptAllButton.disabled = c.pending === 0;
  }

  function openReview(next: Session) {
    session = next;
    rows.clear();
    const { draft, fileName } = next;
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
    updateRows();
    panel.hidden = false;
    title.focus();
    changed();
  }

  function closeReview(options: { returnFocus?: boolean } = {}) {
    job?.cancel();
    job = null;
    const wasOpen = session !== null;
    session = null;
    rows.clear();
    panel.hidden = true;
    panel.replaceChildren();
    if (wasOpen) changed();
    if (wasOpen && options.returnFocus) dialog.focusButton();
  }

  /** The session still belongs to the graph on screen; otherwise it is closed with a word why. */
  function live(): Session | null {
    if (!session) return null;
    if (session.graph === deps.getGraph()) return session;
    closeReview();
    deps.notify(
      'The graph changed, so the article’s proposals were closed; add the article again.',
    );
    return null;
  }

  function afterDecision(ref: ProposalRef | null, applied: Applied | null) {
    updateRows();
    // focus moves on to the next proposal still waiting, or to Close when none is left
    const pending = [...rows.values()].find((li) => li.classList.contains('decision-pending'));
    const target =
      (ref && rows.get(keyOf(ref))?.classList.contains('decision-pending')
        ? rows.get(keyOf(ref))
        : pending
      )?.querySelector<HTMLButtonElement>('[data-action="accept"]') ?? closeButton;
    if (applied && applied.nodes.length + applied.edges.length + applied.extended.length > 0)
      deps.onGraphChanged(applied);
    changed();
    target.focus();
  }

  function decide(ref: ProposalRef, decision: 'accepted' | 'rejected') {
    const current = live();
    if (!current) return;
    const name = proposalName(current.graph, current.draft, ref);
    if (decision === 'rejected') {
      const { draft, cascaded } = rejectProposal(current.draft, ref);
      current.draft = draft;
      message.textContent =
        cascaded > 0
          ? `Rejected ${name}, and ${cascaded} interaction${cascaded === 1 ? '' : 's'} that needed it.`
          : `Rejected ${name}.`;
      afterDecision(ref, null);
      return;
    }
    const outcome: AcceptOutcome = acceptProposal(
      current.graph,
      current.draft,
      ref,
      current.positions,
    );
    if (!outcome.ok) {
      message.textContent = `Not accepted: ${outcome.message}.`;
      return;
    }
    current.draft = outcome.draft;
    message.textContent = `Accepted ${name}.`;
    afterDecision(ref, outcome.applied);
  }

  function acceptAll() {
    const current = live();
    if (!current) return;
    const { draft, applied, problems } = acceptAllPending(
      current.graph,
      current.draft,
      current.positions,
    );
    current.draft = draft;
    const added = applied.nodes.length + applied.edges.length + applied.extended.length;
    message.textContent =
      problems.length === 0
        ? `Accepted ${added} proposal${added === 1 ? '' : 's'}.`
        : `Accepted ${added}; not accepted: ${problems.join('; ')}.`;
    afterDecision(null, applied);
  }

  panel.hidden = true;
  return {
    readFile: (file) => void readFile(file),
    close: () => closeReview(),
    feed,
    dispose() {
      closeReview();
      dialog.dispose();
      listeners.clear();
    },
  };
}
