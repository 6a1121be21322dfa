// The list view's table rules, without the DOM: how rows sort, how a sort button changes the
// sort, where a key moves the focused row, and what the note under a table says.

export type Column<Row> = { name: string; value(row: Row): string | number; numeric?: boolean };
export type Sort = { column: number; descending: boolean };

/** The most rows a table draws; the note says how many more there are. */
export const MAX_ROWS = 500;

/** The rows sorted by the column (numbers as numbers, text by locale); sorts in place. */
export function sortRows<Row>(rows: Row[], column: Column<Row>, descending: boolean): Row[] {
  return rows.sort((a, b) => {
    const va = column.value(a);
    const vb = column.value(b);
    const order =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : String(va).localeCompare(String(vb));
    return descending ? -order : order;
  });
}

/** A sort button pressed: the same column flips, another starts (numbers largest first). */
export function nextSort(sort: Sort, column: number, numeric: boolean): Sort {
  return { column, descending: sort.column === column ? !sort.descending : numeric };
}

/** The header's mark and aria-sort for column `i`. */
export function sortState(sort: Sort, i: number): { mark: string; ariaSort: string } {
  if (sort.column !== i) return { mark: '', ariaSort: 'none' };
  return sort.descending
    ? { mark: ' ▼', ariaSort: 'descending' }
    : { mark: ' ▲', ariaSort: 'ascending' };
}

/** The row a key moves the focus to (unclamped), or null for a key that does not move it. */
export function rowMove(key: string, index: number, count: number): number | null {
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    Home: 0,
    End: count - 1,
    PageDown: index + 10,
    PageUp: index - 10,
  };
  return Object.hasOwn(moves, key) ? moves[key]! : null;
}

/** The note under a table: how many are not shown, or that nothing matches. */
export function tableNote(total: number): string {
  if (total > MAX_ROWS)
    return `Showing the first ${MAX_ROWS} of ${total}; filter or sort to see others.`;
  return total === 0 ? 'Nothing matches the filters.' : '';
}
