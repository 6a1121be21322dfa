// The explorer of one workspace: mounts the renderer and every panel on its live graph, wires the
// URL to the selection and the filters, and makes everything follow the workspace's changes in
// place: the search index updates the entities a change touched, the store's graphVersion moves
// so the views re-read the graph, sigma follows the graph's own events. Nothing is remounted on a
// change; the camera, the search text and the path finder stay. The workspace session starts one
// per workspace opened; what it returns stops it all and selects through the URL.

import { mostConnected } from './graph/most-connected';
import { entityRef } from './graph/relationships';
import type { ParleyGraph } from './graph/types';
import { pngExporter } from './render/export-image';
import { mountProposalLayer, reviewFeedFromStore } from './render/proposal-layer';
import { mountRenderer, type Renderer } from './render/renderer';
import { type SearchIndex, updateSearchIndex } from './search/search-index';
import {
  type AppState,
  type DisplayMode,
  graphChanged,
  historySummary,
  select,
  setHistory,
  setReview,
  setStatus,
} from './state/app-state';
import { createViewDeriver, type DerivedView } from './state/derive-view';
import type { Store } from './state/store';
import type { DetailsAuthoring } from './ui/details/types';
import { mountDetailsPanel } from './ui/details-panel';
import { mountDisplaySwitch } from './ui/display-switch';
import { mountExportControls } from './ui/export-controls';
import { mountFiltersPanel } from './ui/filters-panel';
import type { IngestUi } from './ui/ingest-panel';
import { mountLegend } from './ui/legend';
import { mountListPanel } from './ui/list/list-panel';
import { required } from './ui/page-chrome';
import { mountSearchTools } from './ui/search-tools';
import { mountStageEmptyState } from './ui/stage-empty-state';
import { mountTimeline } from './ui/timeline/timeline';
import { mountUrlSync, type UrlSync } from './ui/url-sync';
import { runCommand } from './workspace/commands';
import { inWorkspaceOrder } from './workspace/order';
import type { Workspace } from './workspace/workspace';

export type ExplorerOptions = {
  workspace: Workspace;
  store: Store<AppState>;
  /** Names exported files ("us-china-trade-talks-graph-2025-06-01.json"). */
  datasetId: string;
  ingest: IngestUi;
  /** The forms that write the story by hand, opened from the Details panel. */
  authoring: DetailsAuthoring;
};

/** An explorer running: `stop` takes it all down; `navigate` selects through the URL. */
export type Explorer = { stop(): void; navigate: UrlSync['navigate'] };

/** What the explorer's parts share while it runs; the renderer and the index come and go. */
type Live = ExplorerOptions & {
  graph: ParleyGraph;
  deriveView(state: AppState): DerivedView;
  graphRoot: HTMLElement;
  listRoot: HTMLElement;
  url: UrlSync;
  renderer: Renderer | null;
  searchIndex: SearchIndex | null;
  /** Moves focus to the Details panel's heading, once the panel is mounted. */
  panelFocus: (() => void) | null;
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

const holds = (graph: ParleyGraph, selection: { type: 'entity' | 'relation'; id: string }) =>
  selection.type === 'entity' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id);

function describeGraph({ graph, graphRoot }: Live) {
  graphRoot.setAttribute(
    'aria-label',
    `Graph of ${graph.order} entities and ${graph.size} relations`,
  );
}

/** The store mirrors the workspace's review and history; this is the one place that copies them. */
function projectWorkspace({ store, workspace }: Live) {
  store.update(setReview(workspace.review()));
  store.update(setHistory(historySummary(workspace.history())));
}

function showDisplay(live: Live, display: DisplayMode) {
  const list = display === 'list';
  // sigma measured a hidden graph as 1 px: it is sized and indexed again when it comes back
  const comesBack = !list && live.graphRoot.hidden;
  live.listRoot.hidden = !list;
  live.graphRoot.hidden = list;
  required('legend-root').hidden = list;
  if (comesBack && live.renderer) {
    live.renderer.sigma.resize();
    live.renderer.sigma.refresh();
  }
}

/** Every change of the workspace, followed in place: the index, the views, sigma, the store. */
function followWorkspace(live: Live): () => void {
  const { workspace, graph, store } = live;
  return workspace.subscribe((change) => {
    const { touched } = change;
    const graphTouched = touched.nodes.size + touched.edges.size > 0 || touched.graph;
    if (live.searchIndex && touched.nodes.size > 0)
      updateSearchIndex(live.searchIndex, graph, touched.nodes);
    if (graphTouched) {
      describeGraph(live);
      store.update(graphChanged);
      live.renderer?.followGraphChange(touched);
    }
    projectWorkspace(live);
    // a selection the change took away (an undone accept, a merged entity) is let go
    const { selection } = store.get();
    if (selection && !holds(graph, selection)) {
      store.update(select(null));
      live.url.forgetSelection();
    }
  });
}

function mountDetails(live: Live): () => void {
  const { graph, store, workspace } = live;
  const panel = mountDetailsPanel(required('details'), {
    graph,
    store,
    navigate: live.url.navigate,
    startingPoints: () => mostConnected(graph, 6).map((id) => entityRef(graph, id)),
    run: (def, args) => runCommand(workspace, def, args),
    searchIndex: () => live.searchIndex,
    articleOf: (id) => workspace.articles()[id] ?? null,
    authoring: live.authoring,
  });
  live.panelFocus = panel.focusHeading;
  return panel.dispose;
}

function mountGraphCanvas(live: Live): () => void {
  const { navigate } = live.url;
  const mounted = mountRenderer(
    live.graphRoot,
    live.graph,
    live.store,
    live.deriveView,
    {
      onNodeClick: (node) => navigate({ type: 'entity', id: node }),
      onEdgeClick: (edge) => navigate({ type: 'relation', id: edge }),
      onStageClick: () => navigate(null),
    },
    () => live.ingest.covered(),
  );
  live.renderer = mounted;
  return () => {
    live.renderer = null;
    mounted.dispose();
  };
}

/** The explorer's parts, in the order they mount (the proposal layer draws on the renderer's sigma). */
function mountSteps(live: Live): Array<() => () => void> {
  const { graph, store, deriveView, workspace } = live;
  const { navigate } = live.url;
  return [
    () => live.url.dispose,
    () => mountDetails(live),
    () => mountGraphCanvas(live),
    () =>
      mountProposalLayer(
        (live.renderer as Renderer).sigma,
        graph,
        reviewFeedFromStore(store, live.ingest.covered),
        () => (live.renderer as Renderer).writtenNames(),
      ),
    () =>
      mountSearchTools({
        roots: { search: required('search-root'), path: required('path-root') },
        graph,
        store,
        deriveView,
        navigate,
        onIndex: (index) => {
          live.searchIndex = index;
        },
      }),
    () =>
      mountExportControls(required('export-root'), {
        graph,
        exportGraph: () => inWorkspaceOrder(graph, workspace.order),
        store,
        datasetId: live.datasetId,
        deriveView,
        exportImage: pngExporter(() => live.renderer?.sigma ?? null),
        onExported: (message) => store.update((s) => ({ ...s, notice: message })),
      }),
    () => mountLegend(required('legend-root'), graph, store, deriveView),
    () => mountStageEmptyState(required('stage-empty'), { graph, store, deriveView }),
    () => mountFiltersPanel(required('filters-root'), { graph, store, deriveView }),
    () => mountTimeline(required('timeline-root'), { graph, store, navigate, deriveView }),
    () => mountListPanel(live.listRoot, { graph, store, deriveView, navigate }),
    () => mountDisplaySwitch(required('view-root'), store),
    () => followWorkspace(live),
    () =>
      store.subscribe((state, previous) => {
        if (state.display !== previous.display) showDisplay(live, state.display);
      }),
  ];
}

export function startExplorer(options: ExplorerOptions): Explorer {
  const { workspace, store } = options;
  const { graph } = workspace;
  const graphRoot = required('graph');
  const listRoot = required('list-root');
  const title = required('dataset-title');
  title.textContent = graph.getAttribute('title');
  title.title = graph.getAttribute('title');
  // the URL: every selection goes through it, so Back and Forward walk through them
  const url = mountUrlSync({
    store,
    exists: (selection) => holds(graph, selection),
    showSelection: (selection) =>
      selection.type === 'entity'
        ? live.renderer?.focusNode(selection.id)
        : live.renderer?.focusEdge(selection.id),
    focusPanel: () => live.panelFocus?.(),
  });
  const live: Live = {
    ...options,
    graph,
    deriveView: createViewDeriver(graph),
    graphRoot,
    listRoot,
    url,
    renderer: null,
    searchIndex: null,
    panelFocus: null,
  };
  describeGraph(live);
  projectWorkspace(live);
  const stop = mountAll(mountSteps(live));
  showDisplay(live, store.get().display);
  store.update(setStatus({ state: 'ready' }));
  url.applyHash();
  // Read-only handles for tests and the console; no behaviour depends on them.
  Object.assign(window, { __parley: { graph, renderer: live.renderer, store, workspace } });
  return { stop, navigate: url.navigate };
}
