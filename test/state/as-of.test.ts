// "As of" a day: the graph as it stood then. Relations dated after it are hidden by the same
// overlap rule as the date range (day, month and year precision), undated ones are kept or
// hidden by an explicit choice, entities with no relation yet are hidden; and "Backed by at
// least N sources". Both survive the URL.
import { describe, expect, it } from 'vitest';
import type { Dataset, Relation } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import {
  applyFilters,
  DEFAULT_FILTERS,
  datePasses,
  dateWindow,
  type Filters,
  filtersEqual,
  filtersFromParams,
  filtersToParams,
  isDefaultFilters,
  replaceFilters,
  setAsOf,
  setAsOfHideUndated,
  setDateRange,
  setMinSources,
} from '../../src/state/filters';
import { formatHash, parseHash } from '../../src/state/url';
import { miniDataset } from '../fixtures/mini-dataset';

// mini: r1 call ana–bo 2025-05-22 (a1), r2 criticism ana→bo 2025-05 (a2), r3 represents
// ana→land undated (a1), r4 participant bo→summit undated (a2); here also r5 a tariff bo→land
// in 2024 cited by both articles, and r6 a call ana–summit on 2025-06-02 (a1).
function graph() {
  const dataset: Dataset = miniDataset();
  const extra: Relation[] = [
    {
      id: 'r5',
      source: 'bo',
      target: 'land',
      kind: 'tariff',
      label: 'taxed',
      directed: true,
      date: '2024',
      evidence: [
        { source: 'a1', quote: 'Bo taxed Landia.' },
        { source: 'a2', quote: 'Landia was taxed.' },
      ],
    },
    {
      id: 'r6',
      source: 'ana',
      target: 'summit',
      kind: 'call',
      label: 'called',
      directed: false,
      date: '2025-06-02',
      evidence: [{ source: 'a1', quote: 'Ana called the summit.' }],
    },
  ];
  dataset.relations.push(...extra);
  return buildGraph(dataset, { layout: false });
}

const asOf = (day: string, more: Partial<Filters> = {}): Filters =>
  setAsOf(day)({ ...DEFAULT_FILTERS, ...more });
const edges = (f: Filters) => [...applyFilters(graph(), f).edges].sort();
const nodes = (f: Filters) => [...applyFilters(graph(), f).nodes].sort();

describe('as of a day', () => {
  it('hides relations dated after the day, keeps those on or before it', () => {
    expect(edges(asOf('2025-05-22'))).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(edges(asOf('2025-05-21'))).toEqual(['r2', 'r3', 'r4', 'r5']);
    expect(edges(asOf('2025-06-02'))).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
  });

  it('shows a month-precise date from the first day of its month (the overlap rule)', () => {
    expect(edges(asOf('2025-05-01'))).toContain('r2');
    expect(edges(asOf('2025-04-30'))).not.toContain('r2');
  });

  it('shows a year-precise date from the first day of its year', () => {
    expect(edges(asOf('2024-01-01'))).toContain('r5');
    expect(edges(asOf('2023-12-31'))).not.toContain('r5');
  });

  it('reads a month or a year "as of" as its last day', () => {
    expect(edges(asOf('2025-05'))).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(edges(asOf('2025'))).toContain('r6');
  });

  it('keeps undated relations, or hides them when the person says so', () => {
    expect(edges(asOf('2024-06-01'))).toEqual(['r3', 'r4', 'r5']);
    expect(edges(asOf('2024-06-01', { asOfHideUndated: true }))).toEqual(['r5']);
    // the choice only counts while "as of" is on
    expect(edges({ ...DEFAULT_FILTERS, asOfHideUndated: true })).toHaveLength(6);
  });

  it('hides the entities with no relation yet', () => {
    // before 2024 only the undated r3 (ana–land) and r4 (bo–summit) stand
    expect(nodes(asOf('2023-06-01'))).toEqual(['ana', 'bo', 'land', 'summit']);
    expect(nodes(asOf('2023-06-01', { asOfHideUndated: true }))).toEqual([]);
    expect(nodes(asOf('2024-06-01', { asOfHideUndated: true }))).toEqual(['bo', 'land']);
  });

  it('combines with the date range: the earlier end wins', () => {
    const f = setDateRange('2025-05', null)(asOf('2025-05-30'));
    expect(edges(f)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(dateWindow(f).end).toBe(Date.UTC(2025, 4, 31) - 1);
    expect(dateWindow(f, { ignoreAsOf: true }).end).toBe(Infinity);
  });

  it('is one rule with the date range: a range ending on a day equals "as of" that day', () => {
    for (const day of ['2023-12-31', '2024-01-01', '2025-04-30', '2025-05-01', '2025-05-22']) {
      const range = dateWindow(setDateRange(null, day)(DEFAULT_FILTERS));
      const asOfWindow = dateWindow(asOf(day));
      for (const date of ['2024', '2025-05', '2025-05-22', '2025-06-02'])
        expect(datePasses(date, asOfWindow)).toBe(datePasses(date, range));
    }
    expect(datePasses(undefined, dateWindow(asOf('2025-05-01')))).toBe(true);
    expect(datePasses('soon', dateWindow(asOf('2025-05-01', { asOfHideUndated: true })))).toBe(
      false,
    );
  });

  it('refuses a day that is not one, and turns off with null', () => {
    expect(() => setAsOf('2025-02-30')).toThrow('setAsOf');
    expect(setAsOf(null)(asOf('2025-05-01')).asOf).toBeNull();
    const f = asOf('2025-05-01');
    expect(setAsOf('2025-05-01')(f)).toBe(f);
    expect(setAsOfHideUndated(false)(f)).toBe(f);
  });
});

describe('backed by at least N sources', () => {
  it('keeps the relations with that many distinct sources', () => {
    expect(edges(setMinSources(2)(DEFAULT_FILTERS))).toEqual(['r5']);
    expect(nodes(setMinSources(2)(DEFAULT_FILTERS))).toEqual(['bo', 'land']);
    expect(edges(setMinSources(3)(DEFAULT_FILTERS))).toEqual([]);
    expect(edges(setMinSources(1)(DEFAULT_FILTERS))).toHaveLength(6);
  });

  it('reads 1 or less as "any", and refuses what is not a number', () => {
    expect(setMinSources(0)(DEFAULT_FILTERS)).toBe(DEFAULT_FILTERS);
    expect(setMinSources(2.7)(DEFAULT_FILTERS).minSources).toBe(2);
    expect(() => setMinSources(Number.NaN)).toThrow('setMinSources');
  });
});

describe('in the URL', () => {
  it('carries asof=, the undated choice and backed=, and reads them back', () => {
    const f = setMinSources(2)(setAsOfHideUndated(true)(asOf('2025-05-31')));
    expect(filtersToParams(f).toString()).toBe('asof=2025-05-31&asofUndated=hide&backed=2');
    const back = filtersFromParams(filtersToParams(f));
    expect(back.problems).toEqual([]);
    expect(back.filters).toEqual(f);
    const route = parseHash(formatHash({ type: 'entity', id: 'he-lifeng' }, f));
    expect(route.ok && route.filters.asOf).toBe('2025-05-31');
    expect(isDefaultFilters(setAsOfHideUndated(true)(DEFAULT_FILTERS))).toBe(false);
  });

  it('drops a bad asof or backed with a message', () => {
    const { filters, problems } = filtersFromParams(
      new URLSearchParams('asof=yesterday&backed=lots&asofUndated=maybe'),
    );
    expect(filters).toBe(DEFAULT_FILTERS);
    expect(problems).toEqual([
      'asof "yesterday" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
      'asofUndated "maybe" is not understood (use asofUndated=hide)',
      'backed "lots" is not a number of sources (use 1 to 99)',
    ]);
  });
});

describe('filtersEqual and replaceFilters', () => {
  it('keeps the current filters when a link reads back the same ones', () => {
    const f = setMinSources(2)(asOf('2025-05-31', { hiddenEntityKinds: new Set(['topic']) }));
    const back = filtersFromParams(filtersToParams(f)).filters;
    expect(back).not.toBe(f);
    expect(filtersEqual(back, f)).toBe(true);
    expect(replaceFilters(back)(f)).toBe(f);
    const other = setAsOf('2025-06-01')(back);
    expect(filtersEqual(other, f)).toBe(false);
    expect(replaceFilters(other)(f)).toBe(other);
  });
});
