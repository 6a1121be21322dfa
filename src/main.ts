// The only bootstrap: loads the dataset, builds the graph, mounts the renderer and the panels,
// and wires the URL to the selection. Nothing else in src/ runs at import time.
import datasetUrl from '../graph-data/us-china-trade-talks.json?url';
import { formatProblems, parseDatasetText } from './data/validate';
import { buildGraph } from './graph/build-graph';
import { entityRef } from './graph/relationships';
import type { ParleyGraph } from './graph/types';
import { mostConnected } from './graph/view';
import { mountRenderer, type Renderer } from './render/renderer';
import { createSearchIndex, searchDocsFromGraph } from './search/search-index';
import {
  type AppState,
  INITIAL_STATE,
  type Selection,
  select,
  setStatus,
  showNotice,
} from './state/app-state';
import { createStore, type Store } from './state/store';
import { formatHash, parseHash } from './state/url';
import { mountDetailsPanel } from './ui/details-panel';
import { mountExportControls } from './ui/export-controls';
import { mountLegend } from './ui/legend';
import { mountSearchBox } from './ui/search-box';
import { mountStatusView } from './ui/status-view';

const DATASET_ID = 'us-china-trade-talks';
const DATASET_FILE = `${DATASET_ID}.json`;

function required<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Parley: the page has no #${id} element`);
  return node as T;
}

async function loadGraph(store: Store<AppState>): Promise<ParleyGraph | null> {
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
        details: [`${DATASET_FILE}: ${detail}`],
      }),
    );
    return null;
  }
  const result = parseDatasetText(text);
  if (!result.ok) {
    store.update(
      setStatus({
        state: 'error',
        title: `${DATASET_FILE} is not a valid dataset`,
        details: formatProblems(DATASET_FILE, result.problems),
      }),
    );
    return null;
  }
  return buildGraph(result.dataset);
}

function startExplorer(graph: ParleyGraph, store: Store<AppState>) {
  const graphRoot = required('graph');
  graphRoot.setAttribute(
    'aria-label',
    `Graph of ${graph.order} entities and ${graph.size} relations`,
  );
  required('dataset-title').textContent = graph.getAttribute('title');

  let focusPanelAfterNavigation = false;

  /** Every selection goes through the URL, so Back and Forward walk through it. */
  function navigate(selection: Selection, options: { focusPanel?: boolean } = {}) {
    focusPanelAfterNavigation = options.focusPanel ?? false;
    const hash = formatHash(selection);
    if (window.location.hash === hash) applyHash();
    else window.location.hash = hash;
  }

  let renderer: Renderer | null = null;
  const panel = mountDetailsPanel(required('details'), {
    graph,
    store,
    navigate,
    startingPoints: mostConnected(graph, 6).map((id) => entityRef(graph, id)),
  });

  function applyHash() {
    const route = parseHash(window.location.hash);
    if (!route.ok) {
      store.update(showNotice(route.reason));
      return;
    }
    const { selection } = route;
    const exists =
      selection === null ||
      (selection.type === 'entity' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id));
    if (!exists) {
      store.update(showNotice(`No ${selection?.type} “${selection?.id}” in this graph.`));
      return;
    }
    store.update(select(selection));
    if (selection?.type === 'entity') renderer?.focusNode(selection.id);
    if (selection?.type === 'relation') renderer?.focusEdge(selection.id);
    if (focusPanelAfterNavigation) panel.focusHeading();
    focusPanelAfterNavigation = false;
  }

  renderer = mountRenderer(graphRoot, graph, store, {
    onNodeClick: (node) => navigate({ type: 'entity', id: node }),
    onEdgeClick: (edge) => navigate({ type: 'relation', id: edge }),
    onStageClick: () => navigate(null),
  });

  const index = createSearchIndex(searchDocsFromGraph(graph));
  mountSearchBox(required('search-root'), {
    index,
    onChoose: (id) => navigate({ type: 'entity', id }, { focusPanel: true }),
  });
  mountExportControls(required('export-root'), {
    graph,
    store,
    datasetId: DATASET_ID,
    onExported: (message) => store.update(showNotice(message)),
  });
  mountLegend(required('legend-root'), graph, store);

  window.addEventListener('hashchange', () => applyHash());
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (store.get().selection !== null) navigate(null);
  });

  store.update(setStatus({ state: 'ready' }));
  applyHash();
  // Exposed for tests and the console: read-only handles, no behaviour depends on them.
  Object.assign(window, { __parley: { graph, renderer, store } });
}

async function main() {
  const store = createStore<AppState>(INITIAL_STATE);
  mountStatusView(required('status'), required('notice'), store);
  const graph = await loadGraph(store);
  if (graph) startExplorer(graph, store);
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
