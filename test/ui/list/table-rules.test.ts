// The list view's table rules, tested without a browser: sorting by text and by number, what a
// sort button does, where the keys move the focused row, and the note under a table.
import { describe, expect, it } from 'vitest';
import {
  MAX_ROWS,
  nextSort,
  rowMove,
  sortRows,
  sortState,
  tableNote,
} from '../../../src/ui/list/table-rules';

type Row = { name: string; count: number };
const rows = (): Row[] => [
  { name: 'beta', count: 10 },
  { name: 'Alpha', count: 2 },
  { name: 'gamma', count: 9 },
];

describe('sortRows', () => {
  it('sorts text by locale and numbers as numbers, either way', () => {
    const byName = { name: 'Name', value: (r: Row) => r.name };
    const byCount = { name: 'Count', value: (r: Row) => r.count, numeric: true };
    expect(sortRows(rows(), byName, false).map((r) => r.name)).toEqual(['Alpha', 'beta', 'gamma']);
    expect(sortRows(rows(), byCount, false).map((r) => r.count)).toEqual([2, 9, 10]);
    expect(sortRows(rows(), byCount, true).map((r) => r.count)).toEqual([10, 9, 2]);
  });
});

describe('nextSort and sortState', () => {
  it('flips the same column, starts another ascending (numbers descending)', () => {
    const sort = { column: 0, descending: false };
    expect(nextSort(sort, 0, false)).toEqual({ column: 0, descending: true });
    expect(nextSort(sort, 1, false)).toEqual({ column: 1, descending: false });
    expect(nextSort(sort, 2, true)).toEqual({ column: 2, descending: true });
  });
  it('marks only the sorted column', () => {
    const sort = { column: 1, descending: true };
    expect(sortState(sort, 1)).toEqual({ mark: ' ▼', ariaSort: 'descending' });
    expect(sortState({ column: 1, descending: false }, 1)).toEqual({
      mark: ' ▲',
      ariaSort: 'ascending',
    });
    expect(sortState(sort, 0)).toEqual({ mark: '', ariaSort: 'none' });
  });
});

describe('rowMove', () => {
  it('moves by one, by ten, to the first and the last row', () => {
    expect(rowMove('ArrowDown', 3, 20)).toBe(4);
    expect(rowMove('ArrowUp', 3, 20)).toBe(2);
    expect(rowMove('PageDown', 3, 20)).toBe(13);
    expect(rowMove('PageUp', 3, 20)).toBe(-7);
    expect(rowMove('Home', 3, 20)).toBe(0);
    expect(rowMove('End', 3, 20)).toBe(19);
  });
  it('does not move for other keys', () => {
    expect(rowMove('Enter', 3, 20)).toBeNull();
    expect(rowMove('a', 3, 20)).toBeNull();
    expect(rowMove('toString', 3, 20)).toBeNull();
  });
});

describe('tableNote', () => {
  it('says how many are not shown, that nothing matches, or nothing', () => {
    expect(tableNote(MAX_ROWS + 1)).toBe(
      `Showing the first ${MAX_ROWS} of ${MAX_ROWS + 1}; filter or sort to see others.`,
    );
    expect(tableNote(0)).toBe('Nothing matches the filters.');
    expect(tableNote(MAX_ROWS)).toBe('');
  });
});
