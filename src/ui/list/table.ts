// One sortable, keyboard-navigable table of the List display (Arrow keys, Home, End, Page Up and
// Down move between rows; Enter or Space opens the row). Built once; `render` draws the rows of
// a derived view, giving the focus back to the row or sort button that had it.
import type { DerivedView } from '../../state/derive-view';
import { el, replaceChildren } from '../dom';
import {
  type Column,
  MAX_ROWS,
  nextSort,
  rowMove,
  type Sort,
  sortRows,
  sortState,
  tableNote,
} from './table-rules';

export type TableSpec<Row> = {
  caption: string;
  columns: Column<Row>[];
  rows(view: DerivedView): Row[];
  key(row: Row): string;
  open(row: Row): void;
};

/** Gives the focus to one row (clamped to the rows there are), the only one in the tab order. */
function focusRow(body: HTMLTableSectionElement, index: number) {
  const all = body.rows;
  if (all.length === 0) return;
  const i = Math.max(0, Math.min(all.length - 1, index));
  for (const row of all) row.tabIndex = -1;
  const row = all[i]!;
  row.tabIndex = 0;
  row.focus();
}

/** What has the focus in the table: a row (by key) or a sort button (by position), to give it
 * back once they are built again. */
function focusInTable(head: HTMLElement, body: HTMLElement) {
  const active = document.activeElement;
  const key =
    active instanceof HTMLElement && body.contains(active)
      ? active.closest('tr')?.getAttribute('data-key')
      : null;
  const header =
    active instanceof HTMLElement && head.contains(active)
      ? [...head.querySelectorAll('button')].indexOf(active as HTMLButtonElement)
      : -1;
  return { key, header };
}

/** The rows' keys (moving between rows; Enter or Space opens one) and clicks (open the row). */
function listenToRows(body: HTMLTableSectionElement, open: (index: number) => void) {
  body.addEventListener('keydown', (event) => {
    const row = (event.target as HTMLElement).closest('tr');
    if (!row) return;
    const index = row.sectionRowIndex;
    const move = rowMove(event.key, index, body.rows.length);
    if (move !== null) {
      event.preventDefault();
      focusRow(body, move);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(index);
    }
  });
  body.addEventListener('click', (event) => {
    const row = (event.target as HTMLElement).closest('tr');
    if (row) open(row.sectionRowIndex);
  });
}

export function mountTable<Row>(parent: HTMLElement, spec: TableSpec<Row>) {
  let sort: Sort = { column: 0, descending: false };
  let rows: Row[] = [];
  let lastView: DerivedView;
  const caption = el('caption');
  const head = el('thead');
  const body = el('tbody');
  const note = el('p', { className: 'muted' });
  const table = el('table', { className: 'list-table' }, [caption, head, body]);
  parent.append(el('div', { className: 'table-wrap' }, [table]), note);
  listenToRows(body, (index) => {
    const item = rows[index];
    if (item) spec.open(item);
  });

  function headerCell(column: Column<Row>, i: number) {
    const { mark, ariaSort } = sortState(sort, i);
    return el('th', { attrs: { scope: 'col', 'aria-sort': ariaSort } }, [
      el('button', {
        className: 'sort-button',
        text: `${column.name}${mark}`,
        attrs: { type: 'button', 'aria-label': `Sort by ${column.name}` },
        on: {
          click: () => {
            sort = nextSort(sort, i, !!column.numeric);
            render(lastView);
          },
        },
      }),
    ]);
  }

  function render(view: DerivedView) {
    lastView = view;
    const focused = focusInTable(head, body);
    const all = sortRows(spec.rows(view), spec.columns[sort.column]!, sort.descending);
    rows = all.slice(0, MAX_ROWS);
    caption.textContent = `${spec.caption} (${all.length})`;
    replaceChildren(head, [el('tr', {}, spec.columns.map(headerCell))]);
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
    note.textContent = tableNote(all.length);
    if (focused.header >= 0) head.querySelectorAll('button')[focused.header]?.focus();
    if (focused.key) {
      const index = rows.findIndex((row) => spec.key(row) === focused.key);
      if (index >= 0) focusRow(body, index);
    }
  }
  return { render };
}
