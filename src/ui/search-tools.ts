// Search and the path finder's comboboxes need the search index: a big graph's index is built in
// chunks that yield to the page ("Preparing search…" meanwhile), and the boxes appear when it is
// ready. The index is handed to whoever keeps it up to date as the graph changes.
import type { ParleyGraph } from '../graph/types';
import {
  createSearchIndex,
  createSearchIndexAsync,
  type SearchIndex,
  searchDocsFromGraph,
  updateSearchIndex,
} from '../search/search-index';
import type { AppState, Selection } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import type { Store } from '../state/store';
import { el } from './dom';
import { mountPathFinder } from './path-finder';
import { mountSearchBox } from './search-box';

/** Above this many entities the search index is built in chunks, off the critical path. */
const SYNC_SEARCH_INDEX_MAX = 20_000;

export type SearchToolsDeps = {
  roots: { search: HTMLElement; path: HTMLElement };
  graph: ParleyGraph;
  store: Store<AppState>;
  deriveView(state: AppState): DerivedView;
  navigate(selection: Selection, options?: { focusPanel?: boolean }): void;
  /** The index is ready (or, with null, gone). */
  onIndex(index: SearchIndex | null): void;
};

export function mountSearchTools(deps: SearchToolsDeps): () => void {
  const { graph, roots } = deps;
  let disposed = false;
  let unmount: (() => void) | null = null;
  const mountTools = (index: SearchIndex) => {
    if (disposed) return;
    deps.onIndex(index);
    const search = mountSearchBox(roots.search, {
      index,
      slashShortcut: true,
      onChoose: (id) => deps.navigate({ type: 'entity', id }, { focusPanel: true }),
    });
    const { store, deriveView, navigate } = deps;
    const pathFinder = mountPathFinder(roots.path, { graph, store, index, deriveView, navigate });
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
    roots.search.append(preparing);
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
    deps.onIndex(null);
  };
}
