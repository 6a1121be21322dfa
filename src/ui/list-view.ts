// The list view: the graph without the canvas, for a screen reader or a graph too dense to read.
// Two sortable tables (entities, relations) that respect the filters. Rows are keyboard-
// navigable (Arrow keys, Home, End; Enter opens the row's entity or relation). Each relation says
// how many distinct sources back it. Re-read when the graph changes in place; the focused row or
// sort button keeps the focus across a re-render.
import { sourceCount } from '../graph/corroboration';
import type { ParleyGraph } from '../graph/types';
import type { AppState, Selection } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import type { Store } from '../state/store';
import { el, replaceChildren } from './dom';

export type ListViewDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  deriveView(state: AppState): DerivedView;
  navigate(selection: Selection, options?: { focusPanel?: boolean }): void;
};

type Column<Row> = { name: string; value(row: Row): string | number; numeric?: boolean };
type Sort = { column: number; descending: boolean };

export const MAX_ROWS = 500;

type TableSpec<Row> = {
  caption: string;
  columns: Column<Row>[];
  rows(view: DerivedView): Row[];
  key(row: Row): string;
  open(row: Row): void;
};

function mountTable<Row>(parent: HTMLElement, spec: TableSpec<Row>) {
  let sort: Sort = { column: 0, descending: false };
  let rows: Row[] = [];
  const caption = el('caption');
  const head = el('thead');
  const body = el('tbody');
  const note = el('p', { className: 'muted' });
  const table = el('table', { className: 'list-table' }, [caption, head, body]);
  parent.append(el('div', { className: 'table-wrap' }, [table]), note);

  function focusRow(index: number) {
    const all = body.rows;
    if (all.length === 0) return;
    const i = Math.max(0, Math.min(all.length - 1, index));
    for (const row of all) row.tabIndex = -1;
    const row = all[i]!;
    row.tabIndex = 0;
    row.focus();
  }

  body.addEventListener('keydown', (event) => {
    const row = (event.target as HTMLElement).closest('tr');
    if (!row) return;
    const index = row.sectionRowIndex;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: body.rows.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const item = rows[index];
      if (item) spec.open(item);
    }
  });
  body.addEventListener('click', (event) => {
    const row = (event.target as HTMLElement).closest('tr');
    const item = row ? rows[row.sectionRowIndex] : undefined;
    if (item) spec.open(item);
  });

  function renderHead() {
    replaceChildren(head, [
      el(
        'tr',
        {},
        spec.columns.map((column, i) =>
          el(
            'th',
            {
              attrs: {
                scope: 'col',
                'aria-sort':
                  sort.column === i ? (sort.descending ? 'descending' : 'ascending') : 'none',
              },
            },
            [
              el('button', {
                className: 'sort-button',
                text: `${column.name}${sort.column === i ? (sort.descending ? ' ▼' : ' ▲') : ''}`,
                attrs: { type: 'button', 'aria-label': `Sort by ${column.name}` },
                on: {
                  click: () => {
                    sort = {
                      column: i,
                      descending: sort.column === i ? !sort.descending : !!column.numeric,
                    };
                    render(lastView);
                  },
                },
              }),
            ],
          ),
        ),
      ),
    ]);
  }

  let lastView: DerivedView;
  function render(view: DerivedView) {
    lastView = view;
    // what had the focus, to give it back after the rows and headers are rebuilt
    const active = document.activeElement;
    const focusedKey =
      active instanceof HTMLElement && body.contains(active)
        ? active.closest('tr')?.getAttribute('data-key')
        : null;
    const focusedHeader =
      active instanceof HTMLElement && head.contains(active)
        ? [...head.querySelectorAll('button')].indexOf(active as HTMLButtonElement)
        : -1;
    const column = spec.columns[sort.column]!;
    const all = spec.rows(view).sort((a, b) => {
      const va = column.value(a);
      const vb = column.value(b);
      const order =
        typeof va === 'number' && typeof vb === 'number'
          ? va - vb
          : String(va).localeCompare(String(vb));
      return sort.descending ? -order : order;
    });
    rows = all.slice(0, MAX_ROWS);
    caption.textContent = `${spec.caption} (${all.length})`;
    renderHead();
    replaceChildren(
      body,
      rows.map((row, i) =>
        el(
          'tr',
          { attrs: { tabindex: i === 0 ? 0 : -1, 'data-key': spec.key(row) } },
          spec.columns.map((c) => el('td', { text: String(c.value(row)) })),
        ),
      ),
    );
    note.textContent =
      all.length > MAX_ROWS
        ? `Showing the first ${MAX_ROWS} of ${all.length}; filter or sort to see others.`
        : all.length === 0
          ? 'Nothing matches the filters.'
          : '';
    if (focusedHeader >= 0) head.querySelectorAll('button')[focusedHeader]?.focus();
    if (focusedKey) {
      const index = rows.findIndex((row) => spec.key(row) === focusedKey);
      if (index >= 0) focusRow(index);
    }
  }
  return { render };
}

export function mountListView(root: HTMLElement, deps: ListViewDeps): () => void {
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
    if (state.view !== 'list') return;
    const view = deps.deriveView(state);
    entities.render(view);
    relations.render(view);
  }
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.view !== previous.view ||
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
