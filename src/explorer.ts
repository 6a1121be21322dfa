// The explorer of one workspace: mounts the renderer and every panel on its live graph, wires the
// URL to the selection and the filters, and makes everything follow the workspace's changes in
// place: the search index updates the entities a change touched, the store's graphVersion moves
// so the views re-read the graph, sigma follows the graph's own events. Nothing is remounted on a
// change; the camera, the search text and the path finder stay. The workspace session starts one
// per workspace opened; what it returns stops it all and selects through the URL.
import { entityRef } from './graph/relationships';
import { mostConnected } from './graph/view';
import { pngExporter } from './render/export-image';
import { mountProposalLayer, reviewFeedFromStore } from './render/proposal-layer';
import { mountRenderer, type Renderer } from './render/renderer';
import {
  createSearchIndex,
  createSearchIndexAsync,
  type SearchIndex,
  searchDocsFromGraph,
  updateSearchIndex,
} from './search/search-index';
import {
  type AppState,
  graphChanged,
  historyView,
  type Selection,
  select,
  setHistory,
  setReview,
  setStatus,
  setView,
  type ViewMode,
} from './state/app-state';
import { createViewDeriver } from './state/derive-view';
import type { Store } from './state/store';
import { type DetailsAuthoring, mountDetailsPanel } from './ui/details-panel';
import { el } from './ui/dom';
import type { RunCommand } from './ui/entity-tools';
import { mountExportControls } from './ui/export-controls';
import { mountFiltersPanel } from './ui/filters-panel';
import type { IngestUi } from './ui/ingest-panel';
import { mountLegend } from './ui/legend';
import { mountListView } from './ui/list-view';
import { required } from './ui/page-chrome';
import { mountPathFinder } from './ui/path-finder';
import { mountSearchBox } from './ui/search-box';
import { mountTimeline } from './ui/timeline/timeline';
import { mountUrlSync, type UrlSync } from './ui/url-sync';
import { runCommand } from './workspace/commands';
import { inWorkspaceOrder } from './workspace/order';
import type { Workspace } from './workspace/workspace';

/** Above this many entities the search index is built in chunks, off the critical path. */
const SYNC_SEARCH_INDEX_MAX = 20_000;

export type ExplorerOptions = {
  workspace: Workspace;
  store: Store<AppState>;
  /** Names exported files ("us-china-trade-talks-graph-2025-06-01.json"). */
  datasetId: string;
  ingest: IngestUi;
  /** The forms that write the story by hand, opened from the Details panel. */
  authoring: DetailsAuthoring;
};

/**
 * Runs the mount steps in order; when one throws, what the earlier ones mounted is disposed
 * before the error goes on, so a failed start leaves nothing half-mounted behind.
 */
export function mountAll(steps: ReadonlyArray<() => () => void>): () => void {
  const disposers: Array<() => void> = [];
  const disposeAll = () => {
    for (const dispose of disposers.splice(0).reverse()) dispose();
  };
  try {
    for (const step of steps) disposers.push(step());
  } catch (error) {
    disposeAll();
    throw error;
  }
  return disposeAll;
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

/** An explorer running: `stop` takes it all down; `navigate` selects through the URL. */
export type Explorer = { stop(): void; navigate: UrlSync['navigate'] };

export function startExplorer({
  workspace,
  store,
  datasetId,
  ingest,
  authoring,
}: ExplorerOptions): Explorer {
  const { graph } = workspace;
  const graphRoot = required('graph');
  const listRoot = required('list-root');
  const deriveView = createViewDeriver(graph);
  let renderer: Renderer | null = null;
  let searchIndex: SearchIndex | null = null;

  const describeGraph = () =>
    graphRoot.setAttribute(
      'aria-label',
      `Graph of ${graph.order} entities and ${graph.size} relations`,
    );
  describeGraph();
  required('dataset-title').textContent = graph.getAttribute('title');
  required('dataset-title').title = graph.getAttribute('title');

  // --- the URL: every selection goes through it, so Back and Forward walk through them -------
  let panelFocus: (() => void) | null = null;
  const url = mountUrlSync({
    store,
    exists: (selection) =>
      selection.type === 'entity' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id),
    showSelection: (selection) =>
      selection.type === 'entity'
        ? renderer?.focusNode(selection.id)
        : renderer?.focusEdge(selection.id),
    focusPanel: () => panelFocus?.(),
  });
  const { navigate } = url;

  // --- commands: the panels run them on the workspace and show what came of it ---------------
  const run: RunCommand = (def, args) => runCommand(workspace, def, args);

  function showView(view: ViewMode) {
    const list = view === 'list';
    listRoot.hidden = !list;
    graphRoot.hidden = list;
    required('legend-root').hidden = list;
    if (!list && renderer) {
      renderer.sigma.resize();
      renderer.sigma.refresh();
    }
  }

  // Search (and the path finder's comboboxes) need the index; a big graph's index is built in
  // chunks that yield to the page, and the boxes appear when it is ready.
  function mountSearch(): () => void {
    let disposed = false;
    let unmount: (() => void) | null = null;
    const mountTools = (index: SearchIndex) => {
      if (disposed) return;
      searchIndex = index;
      const search = mountSearchBox(required('search-root'), {
        index,
        slashShortcut: true,
        onChoose: (id) => navigate({ type: 'entity', id }, { focusPanel: true }),
      });
      const pathFinder = mountPathFinder(required('path-root'), {
        graph,
        store,
        index,
        deriveView,
        navigate,
      });
      unmount = () => {
        pathFinder();
        search.dispose();
      };
    };
    const docs = searchDocsFromGraph(graph);
    let preparing: HTMLElement | null = null;
    if (docs.length <= SYNC_SEARCH_INDEX_MAX) mountTools(createSearchIndex(docs));
    else {
      preparing = el('p', {
        className: 'muted',
        attrs: { role: 'status' },
        text: 'Preparing search…',
      });
      required('search-root').append(preparing);
      void createSearchIndexAsync(docs).then((index) => {
        preparing?.remove();
        // changes made while it was built
        updateSearchIndex(index, graph, graph.nodes());
        mountTools(index);
      });
    }
    return () => {
      disposed = true;
      preparing?.remove();
      unmount?.();
      searchIndex = null;
    };
  }

  function followWorkspace(): () => void {
    return workspace.subscribe((change) => {
      const { touched } = change;
      const graphTouched = touched.nodes.size + touched.edges.size > 0 || touched.graph;
      if (searchIndex && touched.nodes.size > 0)
        updateSearchIndex(searchIndex, graph, touched.nodes);
      if (graphTouched) {
        describeGraph();
        store.update(graphChanged);
        renderer?.followGraphChange(touched);
      }
      store.update(setReview(workspace.review()));
      store.update(setHistory(historyView(workspace.history())));
      // a selection the change took away (an undone accept, a merged entity) is let go
      const { selection } = store.get();
      if (
        selection &&
        !(selection.type === 'entity' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id))
      ) {
        store.update(select(null));
        url.forgetSelection();
      }
    });
  }

  function followView(): () => void {
    return store.subscribe((state, previous) => {
      if (state.view !== previous.view) showView(state.view);
    });
  }

  store.update(setReview(workspace.review()));
  store.update(setHistory(historyView(workspace.history())));
  const stop = mountAll([
    () => url.dispose,
    () => {
      const panel = mountDetailsPanel(required('details'), {
        graph,
        store,
        navigate,
        startingPoints: () => mostConnected(graph, 6).map((id) => entityRef(graph, id)),
        run,
        searchIndex: () => searchIndex,
        articleOf: (id) => workspace.articles()[id] ?? null,
        authoring,
      });
      panelFocus = panel.focusHeading;
      return panel.dispose;
    },
    () => {
      const mounted = mountRenderer(graphRoot, graph, store, deriveView, {
        onNodeClick: (node) => navigate({ type: 'entity', id: node }),
        onEdgeClick: (edge) => navigate({ type: 'relation', id: edge }),
        onStageClick: () => navigate(null),
      });
      renderer = mounted;
      return () => {
        renderer = null;
        mounted.dispose();
      };
    },
    () =>
      mountProposalLayer(
        (renderer as Renderer).sigma,
        graph,
        reviewFeedFromStore(store, ingest.covered),
      ),
    mountSearch,
    () =>
      mountExportControls(required('export-root'), {
        graph,
        exportGraph: () => inWorkspaceOrder(graph, workspace.order),
        store,
        datasetId,
        deriveView,
        exportImage: pngExporter(() => renderer?.sigma ?? null),
        onExported: (message) => store.update((s) => ({ ...s, notice: message })),
      }),
    () => mountLegend(required('legend-root'), graph, store, deriveView),
    () => mountFiltersPanel(required('filters-root'), { graph, store, deriveView }),
    () => mountTimeline(required('timeline-root'), { graph, store, navigate, deriveView }),
    () => mountListView(listRoot, { graph, store, deriveView, navigate }),
    () => mountViewSwitch(required('view-root'), store),
    followWorkspace,
    followView,
  ]);
  showView(store.get().view);
  store.update(setStatus({ state: 'ready' }));
  url.applyHash();
  // Read-only handles for tests and the console; no behaviour depends on them.
  Object.assign(window, { __parley: { graph, renderer, store, workspace } });
  return { stop, navigate };
}
