// The List display: the graph without the canvas, for a screen reader or a graph too dense to read.
// Two sortable tables (entities, relations) that respect the filters. Rows are keyboard-
// navigable (Arrow keys, Home, End; Enter opens the row's entity or relation). Each relation says
// how many distinct sources back it. Re-read when the graph changes in place; the focused row or
// sort button keeps the focus across a re-render. Each table is ui/list/table.
import { sourceCount } from '../../graph/corroboration';
import type { ParleyGraph } from '../../graph/types';
import type { AppState, Selection } from '../../state/app-state';
import type { DerivedView } from '../../state/derive-view';
import type { Store } from '../../state/store';
import { el } from '../dom';
import { mountTable } from './table';

export type ListPanelDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  deriveView(state: AppState): DerivedView;
  navigate(selection: Selection, options?: { focusPanel?: boolean }): void;
};

export function mountListPanel(root: HTMLElement, deps: ListPanelDeps): () => void {
  const { graph, store } = deps;
  const container = el('div', { className: 'list-view' }, [
    el('p', {
      className: 'muted',
      text: 'Arrow keys move between rows; Enter opens the entity or relation in the Details panel.',
    }),
  ]);
  root.append(container);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');

  const entities = mountTable<string>(container, {
    caption: 'Entities',
    columns: [
      { name: 'Name', value: label },
      { name: 'Kind', value: (id) => graph.getNodeAttribute(id, 'kind') },
      { name: 'Relationships', value: (id) => graph.degree(id), numeric: true },
    ],
    rows: (view) => [...view.visible.nodes],
    key: (id) => id,
    open: (id) => deps.navigate({ type: 'entity', id }, { focusPanel: true }),
  });
  const relations = mountTable<string>(container, {
    caption: 'Relations',
    columns: [
      { name: 'From', value: (e) => label(graph.source(e)) },
      { name: 'Relation', value: (e) => graph.getEdgeAttribute(e, 'label') },
      { name: 'To', value: (e) => label(graph.target(e)) },
      { name: 'Kind', value: (e) => graph.getEdgeAttribute(e, 'kind') },
      { name: 'Date', value: (e) => graph.getEdgeAttribute(e, 'date') ?? '' },
      {
        name: 'Sources',
        value: (e) => sourceCount(graph.getEdgeAttribute(e, 'evidence')),
        numeric: true,
      },
      {
        name: 'Evidence',
        value: (e) => graph.getEdgeAttribute(e, 'evidence').length,
        numeric: true,
      },
    ],
    rows: (view) => [...view.visible.edges],
    key: (e) => e,
    open: (e) => deps.navigate({ type: 'relation', id: e }, { focusPanel: true }),
  });

  function render(state: AppState) {
    if (state.display !== 'list') return;
    const view = deps.deriveView(state);
    entities.render(view);
    relations.render(view);
  }
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.display !== previous.display ||
      state.graphVersion !== previous.graphVersion ||
      state.filters !== previous.filters ||
      state.focus !== previous.focus
    ) {
      render(state);
    }
  });
  return () => {
    unsubscribe();
    container.remove();
  };
}
