// The only bootstrap: loads the dataset, builds the graph, mounts the renderer and the panels,
// and wires the URL to the selection and the filters. An import swaps the whole explorer for a
// new one only once the new graph is ready. Nothing else in src/ runs at import time.
// First, before any module that builds a zod schema: zod must not compile with `new Function`
// (the Content-Security-Policy forbids eval), see data/zod-config.ts.
import './data/zod-config';
import datasetUrl from '../graph-data/us-china-trade-talks.json?url';
import { formatProblems, parseDatasetText } from './data/validate';
import { buildGraph } from './graph/build-graph';
import { entityRef } from './graph/relationships';
import type { ParleyGraph } from './graph/types';
import { mostConnected } from './graph/view';
import { mountProposalLayer } from './render/proposal-layer';
import { mountRenderer } from './render/renderer';
import {
  createSearchIndex,
  createSearchIndexAsync,
  type SearchIndex,
  searchDocsFromGraph,
} from './search/search-index';
import {
  type AppState,
  INITIAL_STATE,
  resetForNewGraph,
  type Selection,
  select,
  setFocus,
  setStatus,
  setView,
  showNotice,
  updateFilters,
  type ViewMode,
} from './state/app-state';
import { createViewDeriver } from './state/derive-view';
import { createStore, type Store } from './state/store';
import { formatHash, parseHash } from './state/url';
import { mountDetailsPanel } from './ui/details-panel';
import { el, replaceChildren } from './ui/dom';
import { mountExportControls } from './ui/export-controls';
import { mountFiltersPanel } from './ui/filters-panel';
import { mountImportControls } from './ui/import-controls';
import { type IngestUi, mountIngest } from './ui/ingest-panel';
import { mountLegend } from './ui/legend';
import { mountListView } from './ui/list-view';
import { mountPathFinder } from './ui/path-finder';
import { mountSearchBox } from './ui/search-box';
import { mountStatusView } from './ui/status-view';
import { mountTimeline } from './ui/timeline-view';

const DEFAULT_DATASET_ID = 'us-china-trade-talks';
/** Above this many entities the search index is built in chunks, off the critical path. */
const SYNC_SEARCH_INDEX_MAX = 20_000;

function required<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Parley: the page has no #${id} element`);
  return node as T;
}

async function loadDefaultGraph(store: Store<AppState>): Promise<ParleyGraph | null> {
  const file = `${DEFAULT_DATASET_ID}.json`;
  let text: string;
  try {
    const response = await fetch(datasetUrl);
    if (!response.ok)
      throw new Error(`the server answered ${response.status} ${response.statusText}`);
    text = await response.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    store.update(
      setStatus({
        state: 'error',
        title: 'The graph could not be loaded',
        details: [`${file}: ${detail}`],
      }),
    );
    return null;
  }
  const result = parseDatasetText(text);
  if (!result.ok) {
    store.update(
      setStatus({
        state: 'error',
        title: `${file} is not a valid dataset`,
        details: formatProblems(file, result.problems),
      }),
    );
    return null;
  }
  return buildGraph(result.dataset);
}

/** The view switch (Graph | List): two toggle buttons in the top bar. */
function mountViewSwitch(root: HTMLElement, store: Store<AppState>): () => void {
  const button = (mode: ViewMode, text: string) =>
    el('button', {
      className: 'segment',
      text,
      attrs: {
        type: 'button',
        'data-view': mode,
        'aria-pressed': String(store.get().view === mode),
      },
      on: { click: () => store.update(setView(mode)) },
    });
  const group = el(
    'div',
    { className: 'segmented', attrs: { role: 'group', 'aria-label': 'View' } },
    [button('graph', 'Graph'), button('list', 'List')],
  );
  root.append(group);
  const unsubscribe = store.subscribe((state) => {
    for (const b of group.querySelectorAll('button')) {
      b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
    }
  });
  return () => {
    unsubscribe();
    group.remove();
  };
}

/** Mounts everything that shows one graph; returns what stops it all. */
function startExplorer(
  graph: ParleyGraph,
  store: Store<AppState>,
  datasetId: string,
  ingest?: IngestUi,
  options: { keepCamera?: boolean } = {},
): () => void {
  const disposers: Array<() => void> = [];
  // remounted on the same graph (a proposal accepted): the first selection keeps the camera
  let keepCamera = options.keepCamera ?? false;
  const graphRoot = required('graph');
  const listRoot = required('list-root');
  graphRoot.setAttribute(
    'aria-label',
    `Graph of ${graph.order} entities and ${graph.size} relations`,
  );
  required('dataset-title').textContent = graph.getAttribute('title');
  const deriveView = createViewDeriver(graph);

  let focusPanelAfterNavigation = false;
  /** Every selection goes through the URL, so Back and Forward walk through it. */
  function navigate(selection: Selection, options: { focusPanel?: boolean } = {}) {
    focusPanelAfterNavigation = options.focusPanel ?? false;
    const hash = formatHash(selection, store.get().filters);
    if (window.location.hash === hash) applyHash();
    else window.location.hash = hash;
  }

  const panel = mountDetailsPanel(required('details'), {
    graph,
    store,
    navigate,
    startingPoints: mostConnected(graph, 6).map((id) => entityRef(graph, id)),
  });
  disposers.push(panel.dispose);

  const renderer = mountRenderer(graphRoot, graph, store, deriveView, {
    onNodeClick: (node) => navigate({ type: 'entity', id: node }),
    onEdgeClick: (edge) => navigate({ type: 'relation', id: edge }),
    onStageClick: () => navigate(null),
  });
  disposers.push(renderer.dispose);
  // an article's proposals, drawn over the graph while they are reviewed
  if (ingest) disposers.push(mountProposalLayer(renderer.sigma, graph, ingest.feed));

  function applyHash() {
    const route = parseHash(window.location.hash);
    if (!route.ok) {
      store.update(showNotice(route.reason));
      return;
    }
    const { selection, filters, problems } = route;
    store.update(updateFilters(() => filters));
    if (problems.length > 0)
      store.update(showNotice(`Some filters in the link were ignored: ${problems.join('; ')}`));
    const exists =
      selection === null ||
      (selection.type === 'entity' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id));
    if (!exists) {
      store.update(showNotice(`No ${selection?.type} “${selection?.id}” in this graph.`));
      return;
    }
    store.update(select(selection));
    const { focus } = store.get();
    if (selection?.type === 'entity') {
      if (focus) store.update(setFocus({ center: selection.id, hops: focus.hops }));
      if (!keepCamera) renderer.focusNode(selection.id);
    }
    if (selection?.type === 'relation' && !keepCamera) renderer.focusEdge(selection.id);
    if (focusPanelAfterNavigation) panel.focusHeading();
    focusPanelAfterNavigation = false;
  }

  // Search (and the path finder's comboboxes) need the index; a big graph's index is built in
  // chunks that yield to the page, and the boxes appear when it is ready.
  let disposed = false;
  const mountSearchTools = (index: SearchIndex) => {
    if (disposed) return;
    const search = mountSearchBox(required('search-root'), {
      index,
      slashShortcut: true,
      onChoose: (id) => navigate({ type: 'entity', id }, { focusPanel: true }),
    });
    disposers.push(
      search.dispose,
      mountPathFinder(required('path-root'), { graph, store, index, deriveView, navigate }),
    );
  };
  const docs = searchDocsFromGraph(graph);
  if (docs.length <= SYNC_SEARCH_INDEX_MAX) mountSearchTools(createSearchIndex(docs));
  else {
    const preparing = el('p', {
      className: 'muted',
      attrs: { role: 'status' },
      text: 'Preparing search…',
    });
    required('search-root').append(preparing);
    void createSearchIndexAsync(docs).then((index) => {
      preparing.remove();
      mountSearchTools(index);
    });
    disposers.push(() => preparing.remove());
  }
  disposers.push(() => {
    disposed = true;
  });
  disposers.push(
    mountExportControls(required('export-root'), {
      graph,
      store,
      datasetId,
      deriveView,
      getSigma: () => renderer.sigma as never,
      onExported: (message) => store.update(showNotice(message)),
    }),
    mountLegend(required('legend-root'), graph, store, deriveView),
    mountFiltersPanel(required('filters-root'), { graph, store, deriveView }),
    mountTimeline(required('timeline-root'), { graph, store, navigate }),
    mountListView(listRoot, { graph, store, deriveView, navigate }),
    mountViewSwitch(required('view-root'), store),
  );

  function showView(view: ViewMode) {
    const list = view === 'list';
    listRoot.hidden = !list;
    graphRoot.hidden = list;
    required('legend-root').hidden = list;
    if (!list) {
      renderer.sigma.resize();
      renderer.sigma.refresh();
    }
  }
  showView(store.get().view);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view !== previous.view) showView(state.view);
    if (state.filters !== previous.filters) {
      // filters are kept in the URL, without adding a history step for each click
      window.history.replaceState(
        window.history.state,
        '',
        formatHash(state.selection, state.filters),
      );
    }
  });
  disposers.push(unsubscribe);

  const onHashChange = () => applyHash();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if ((event.target as HTMLElement | null)?.closest('input, select, textarea')) return;
    if (store.get().selection !== null) navigate(null);
  };
  window.addEventListener('hashchange', onHashChange);
  document.addEventListener('keydown', onKeyDown);
  disposers.push(() => {
    window.removeEventListener('hashchange', onHashChange);
    document.removeEventListener('keydown', onKeyDown);
  });

  store.update(setStatus({ state: 'ready' }));
  applyHash();
  keepCamera = false;
  // Read-only handles for tests and the console; no behaviour depends on them.
  Object.assign(window, { __parley: { graph, renderer, store } });
  return () => {
    for (const dispose of disposers.reverse()) dispose();
  };
}

/**
 * The last resort: an uncaught error or rejected promise (a panel that threw, say) is logged and
 * shown in a dismissable alert; the graph, the selection and the URL stay as they were.
 */
function mountErrorAlert(root: HTMLElement): void {
  const dismiss = () => {
    root.hidden = true;
    root.replaceChildren();
  };
  const show = (reason: unknown) => {
    console.error('Parley: unexpected error', reason);
    const detail = reason instanceof Error ? reason.message : String(reason);
    root.hidden = false;
    replaceChildren(root, [
      el('div', { className: 'import-alert', attrs: { role: 'alert' } }, [
        el('h2', { text: 'Something went wrong' }),
        el('p', { text: detail.slice(0, 300) }),
        el('p', { text: 'The graph you were exploring is unchanged; you can keep working.' }),
        el('button', {
          className: 'small-button',
          text: 'Dismiss',
          attrs: { type: 'button' },
          on: { click: dismiss },
        }),
      ]),
    ]);
  };
  window.addEventListener('error', (event) => show(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => show(event.reason));
}

/** What the import notice says of the layout: none needed, done, or stopped part way. */
function layoutNote(laidOut: boolean, stopped: { done: number; total: number } | undefined) {
  if (!laidOut) return '';
  if (stopped)
    return ` (layout stopped after ${stopped.done} of ${stopped.total} iterations, as you asked)`;
  return ' (laid out, as the file had no positions)';
}

function mountToolsToggle(button: HTMLButtonElement, tools: HTMLElement): void {
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    tools.classList.toggle('open', open);
  });
}

async function main() {
  mountErrorAlert(required('import-alert'));
  const store = createStore<AppState>(INITIAL_STATE);
  mountStatusView(required('status'), required('notice'), store);
  mountToolsToggle(required('tools-toggle'), required('tools'));
  let stopExplorer: (() => void) | null = null;
  let current: { graph: ParleyGraph; datasetId: string } | null = null;

  // Adding an article: its accepted proposals join the graph, so the explorer is shown anew
  // (search, filters and canvas see them; the camera stays where it was).
  const ingest: IngestUi = mountIngest(
    {
      button: required('ingest-root'),
      panel: required('proposals-root'),
      alert: required('import-alert'),
    },
    {
      getGraph: () => current?.graph ?? null,
      onGraphChanged() {
        if (!current) return;
        stopExplorer?.();
        stopExplorer = startExplorer(current.graph, store, current.datasetId, ingest, {
          keepCamera: true,
        });
      },
      selectEntity(id) {
        window.location.hash = formatHash({ type: 'entity', id }, store.get().filters);
      },
      notify: (message) => store.update(showNotice(message)),
    },
  );

  mountImportControls(required('import-root'), required('import-alert'), {
    onArticle: (file) => ingest.readFile(file),
    onImported(graph, fileName, laidOut, layoutStopped) {
      const previous = current;
      ingest.close();
      stopExplorer?.();
      store.update(resetForNewGraph);
      window.history.pushState(null, '', '#/');
      const datasetId =
        fileName.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'graph';
      try {
        stopExplorer = startExplorer(graph, store, datasetId, ingest);
        current = { graph, datasetId };
      } catch (error) {
        // the new graph validated but could not be shown: bring the previous one back
        console.error(error);
        stopExplorer = previous
          ? startExplorer(previous.graph, store, previous.datasetId, ingest)
          : null;
        const detail = error instanceof Error ? error.message : String(error);
        store.update(
          showNotice(`${fileName} could not be shown (${detail}); the previous graph is back.`),
        );
        return;
      }
      store.update(
        showNotice(
          `Imported ${graph.order} entities and ${graph.size} relations from ${fileName}${layoutNote(laidOut, layoutStopped)}.`,
        ),
      );
    },
  });

  const graph = await loadDefaultGraph(store);
  if (graph) {
    stopExplorer = startExplorer(graph, store, DEFAULT_DATASET_ID, ingest);
    current = { graph, datasetId: DEFAULT_DATASET_ID };
  }
}

main().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById('status');
  if (status) {
    status.hidden = false;
    status.textContent = `Parley failed to start: ${error instanceof Error ? error.message : String(error)}`;
    status.setAttribute('role', 'alert');
  }
});
