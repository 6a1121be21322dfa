// Filters hide relations and entities by kind, source and date, never touch the graph, count
// facets, and survive a trip through the URL; bad URLs give problems, not exceptions.
import { describe, expect, it } from 'vitest';
import type { Dataset, Relation } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import {
  applyFilters,
  DEFAULT_FILTERS,
  type Filters,
  filterGraph,
  filtersFromParams,
  filtersToParams,
  hasRelationFilters,
  isDefaultFilters,
  MAX_PARAM_VALUES,
  resetFilters,
  setDateRange,
  setHideUndated,
  toggleEntityKind,
  toggleRelationKind,
  toggleSource,
} from '../../src/state/filters';
import { miniDataset } from '../fixtures/mini-dataset';

// The mini dataset: r1 call ana–bo 2025-05-22 (a1), r2 criticism ana→bo 2025-05 (a2),
// r3 represents ana→land undated (a1), r4 participant bo→summit undated (a2);
// plus r5 a year-precision tariff bo→land in 2024 cited by both articles.
function dataset(): Dataset {
  const base = miniDataset();
  const r5: Relation = {
    id: 'r5',
    source: 'bo',
    target: 'land',
    kind: 'tariff',
    label: 'taxed',
    directed: true,
    date: '2024',
    evidence: [
      { source: 'a1', quote: 'Bo taxed Landia.' },
      { source: 'a2', quote: 'Bo put a tariff on Landia.' },
    ],
  };
  return { ...base, relations: [...base.relations, r5] };
}

const graph = buildGraph(dataset(), { layout: false });
const with_ = (...producers: Array<(f: Filters) => Filters>) =>
  producers.reduce((f, p) => p(f), DEFAULT_FILTERS);
const visible = (f: Filters) => {
  const { nodes, edges } = applyFilters(graph, f);
  return { nodes: [...nodes].sort(), edges: [...edges].sort() };
};

describe('producers', () => {
  it('toggle entity kinds, relation kinds and sources on and off', () => {
    const hidden = toggleEntityKind('country')(DEFAULT_FILTERS);
    expect([...hidden.hiddenEntityKinds]).toEqual(['country']);
    expect(toggleEntityKind('country')(hidden).hiddenEntityKinds.size).toBe(0);
    expect([...toggleRelationKind('call')(DEFAULT_FILTERS).hiddenRelationKinds]).toEqual(['call']);
    expect(
      toggleRelationKind('call')(toggleRelationKind('call')(DEFAULT_FILTERS)).hiddenRelationKinds
        .size,
    ).toBe(0);
    expect([...toggleSource('a1')(DEFAULT_FILTERS).hiddenSources]).toEqual(['a1']);
    expect(toggleSource('a1')(toggleSource('a1')(DEFAULT_FILTERS)).hiddenSources.size).toBe(0);
    expect(DEFAULT_FILTERS.hiddenEntityKinds.size).toBe(0);
  });

  it('return the same object when nothing changes', () => {
    expect(setHideUndated(false)(DEFAULT_FILTERS)).toBe(DEFAULT_FILTERS);
    expect(setDateRange(null, null)(DEFAULT_FILTERS)).toBe(DEFAULT_FILTERS);
    expect(resetFilters()(DEFAULT_FILTERS)).toBe(DEFAULT_FILTERS);
    const ranged = setDateRange('2025-05', '2025-06')(DEFAULT_FILTERS);
    expect(setDateRange('2025-05', '2025-06')(ranged)).toBe(ranged);
  });

  it('swap a reversed date range and refuse a date that is not one', () => {
    const f = setDateRange('2025-10', '2025-05')(DEFAULT_FILTERS);
    expect([f.dateFrom, f.dateTo]).toEqual(['2025-05', '2025-10']);
    // "2025" and "2025-05" overlap, so they are not reversed.
    expect(setDateRange('2025', '2025-05')(DEFAULT_FILTERS).dateFrom).toBe('2025');
    expect(() => setDateRange('2025-13', null)).toThrow(
      'setDateRange: from "2025-13" is not a date',
    );
  });

  it('tell default filters and relation filters apart', () => {
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    const kindOnly = toggleEntityKind('topic')(DEFAULT_FILTERS);
    expect(isDefaultFilters(kindOnly)).toBe(false);
    expect(hasRelationFilters(kindOnly)).toBe(false);
    for (const p of [
      toggleRelationKind('call'),
      toggleSource('a1'),
      setDateRange('2025', null),
      setDateRange(null, '2025'),
      setHideUndated(true),
    ])
      expect(hasRelationFilters(p(DEFAULT_FILTERS))).toBe(true);
    const busy = with_(toggleSource('a1'), setHideUndated(true));
    expect(resetFilters()(busy)).toBe(DEFAULT_FILTERS);
  });
});

describe('applyFilters', () => {
  it('shows everything by default', () => {
    expect(visible(DEFAULT_FILTERS)).toEqual({
      nodes: ['ana', 'bo', 'land', 'summit'],
      edges: ['r1', 'r2', 'r3', 'r4', 'r5'],
    });
  });

  it('keeps a month-precision relation for a range that starts mid-month', () => {
    const f = setDateRange('2025-05-25', '2025-06-30')(DEFAULT_FILTERS);
    // r2 (May 2025) overlaps; r1 (22 May) ends before; r5 (2024) too; undated r3, r4 pass.
    expect(visible(f).edges).toEqual(['r2', 'r3', 'r4']);
  });

  it('keeps a day-precision relation only when its day is in range, ends inclusive', () => {
    expect(visible(setDateRange('2025-05-22', '2025-05-22')(DEFAULT_FILTERS)).edges).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
    ]);
    expect(visible(setDateRange('2025-05-23', null)(DEFAULT_FILTERS)).edges).toEqual([
      'r2',
      'r3',
      'r4',
    ]);
    expect(visible(setDateRange(null, '2025-05-21')(DEFAULT_FILTERS)).edges).toEqual([
      'r2',
      'r3',
      'r4',
      'r5',
    ]);
  });

  it('keeps a year-precision relation for any range within that year', () => {
    expect(visible(setDateRange('2024-11-03', '2024-11-04')(DEFAULT_FILTERS)).edges).toContain(
      'r5',
    );
    expect(visible(setDateRange('2024-12', '2025-01')(DEFAULT_FILTERS)).edges).toContain('r5');
    expect(visible(setDateRange('2025-01', null)(DEFAULT_FILTERS)).edges).not.toContain('r5');
  });

  it('shows undated relations unless asked to hide them', () => {
    expect(visible(setDateRange('2030', '2031')(DEFAULT_FILTERS)).edges).toEqual(['r3', 'r4']);
    const f = setHideUndated(true)(DEFAULT_FILTERS);
    expect(visible(f).edges).toEqual(['r1', 'r2', 'r5']);
    // summit's only relation is undated, so with a relation filter active it goes too.
    expect(visible(f).nodes).toEqual(['ana', 'bo', 'land']);
  });

  it('hides entities left without relations only when a relation filter is active', () => {
    const kindOnly = toggleEntityKind('person')(DEFAULT_FILTERS);
    // Every relation touches a person, yet land and summit stay: only kinds are hidden.
    expect(visible(kindOnly)).toEqual({ nodes: ['land', 'summit'], edges: [] });
    const relation = toggleRelationKind('participant')(DEFAULT_FILTERS);
    expect(visible(relation)).toEqual({
      nodes: ['ana', 'bo', 'land'],
      edges: ['r1', 'r2', 'r3', 'r5'],
    });
  });

  it('hides the relations of a hidden entity kind', () => {
    expect(visible(toggleEntityKind('country')(DEFAULT_FILTERS))).toEqual({
      nodes: ['ana', 'bo', 'summit'],
      edges: ['r1', 'r2', 'r4'],
    });
  });

  it('hides a relation only when all of its sources are hidden', () => {
    const noA1 = toggleSource('a1')(DEFAULT_FILTERS);
    expect(visible(noA1).edges).toEqual(['r2', 'r4', 'r5']);
    const neither = toggleSource('a2')(noA1);
    expect(visible(neither)).toEqual({ nodes: [], edges: [] });
  });

  it('counts relations without evidence as visible under a source filter', () => {
    const g = graph.copy();
    g.addUndirectedEdgeWithKey('bare', 'land', 'summit', {
      kind: 'meeting',
      label: 'met',
      evidence: [],
    });
    const { edges } = applyFilters(g, toggleSource('a1')(toggleSource('a2')(DEFAULT_FILTERS)));
    expect([...edges]).toEqual(['bare']);
  });

  it('never changes the graph', () => {
    const before = JSON.stringify(graph.export());
    applyFilters(
      graph,
      with_(
        toggleEntityKind('country'),
        toggleSource('a1'),
        setDateRange('2025', null),
        setHideUndated(true),
      ),
    );
    filterGraph(graph, toggleRelationKind('call')(DEFAULT_FILTERS));
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('filterGraph counts', () => {
  it('gives totals and visible counts that follow the filters', () => {
    const all = filterGraph(graph, DEFAULT_FILTERS).counts;
    expect(all.entityKinds.get('person')).toEqual({ total: 2, visible: 2 });
    expect(all.relationKinds.get('call')).toEqual({ total: 1, visible: 1 });
    expect(all.sources.get('a1')).toEqual({ total: 3, visible: 3 });
    expect(all.sources.get('a2')).toEqual({ total: 3, visible: 3 });

    const { counts } = filterGraph(graph, toggleEntityKind('country')(DEFAULT_FILTERS));
    expect(counts.entityKinds.get('country')).toEqual({ total: 1, visible: 0 });
    expect(counts.relationKinds.get('represents')).toEqual({ total: 1, visible: 0 });
    expect(counts.relationKinds.get('tariff')).toEqual({ total: 1, visible: 0 });
    expect(counts.sources.get('a1')).toEqual({ total: 3, visible: 1 });
    expect(counts.sources.get('a2')).toEqual({ total: 3, visible: 2 });
  });

  it('lists every source of the dataset, even one no relation cites', () => {
    const g = graph.copy();
    g.setAttribute('sources', [
      ...g.getAttribute('sources'),
      { id: 'a3', title: 'Unused', publisher: null, published: null, url: null },
    ]);
    expect(filterGraph(g, DEFAULT_FILTERS).counts.sources.get('a3')).toEqual({
      total: 0,
      visible: 0,
    });
  });
});

describe('URL encoding', () => {
  const states: Filters[] = [
    toggleEntityKind('topic')(DEFAULT_FILTERS),
    with_(toggleEntityKind('topic'), toggleEntityKind('place'), toggleRelationKind('about')),
    with_(
      toggleSource('000_3b93ebfc25ea1967'),
      setDateRange('2025-05', '2025-10'),
      setHideUndated(true),
    ),
    setDateRange('2025-05-22', null)(DEFAULT_FILTERS),
    setDateRange(null, '2025')(DEFAULT_FILTERS),
    with_(toggleRelationKind('odd,kind'), toggleRelationKind('100%')),
  ];

  it.each(states.map((f, i) => [i, f] as const))('round-trips filter state %i', (_i, f) => {
    const { filters, problems } = filtersFromParams(
      new URLSearchParams(filtersToParams(f).toString()),
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual(f);
  });

  it('writes nothing for the default filters, and reads nothing as the defaults', () => {
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
    expect(filtersFromParams(new URLSearchParams(''))).toEqual({
      filters: DEFAULT_FILTERS,
      problems: [],
    });
  });

  it('writes only non-default keys with sorted values, the same for equal filters', () => {
    const a = with_(toggleEntityKind('topic'), toggleEntityKind('place'), setHideUndated(true));
    const b = with_(setHideUndated(true), toggleEntityKind('place'), toggleEntityKind('topic'));
    expect(filtersToParams(a).toString()).toBe('hide=place%2Ctopic&undated=hide');
    expect(filtersToParams(b).toString()).toBe(filtersToParams(a).toString());
  });

  it('reads the documented example', () => {
    const { filters, problems } = filtersFromParams(
      new URLSearchParams(
        'hide=topic,place&hideRel=about&hideSrc=000_3b93ebfc25ea1967&from=2025-05&to=2025-10&undated=hide',
      ),
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      hiddenEntityKinds: new Set(['topic', 'place']),
      hiddenRelationKinds: new Set(['about']),
      hiddenSources: new Set(['000_3b93ebfc25ea1967']),
      dateFrom: '2025-05',
      dateTo: '2025-10',
      hideUndated: true,
      asOf: null,
      asOfHideUndated: false,
      minSources: 1,
    });
  });

  it('drops a date that is not one, with a message', () => {
    const { filters, problems } = filtersFromParams(new URLSearchParams('from=2025-13&to=soon'));
    expect(filters.dateFrom).toBeNull();
    expect(filters.dateTo).toBeNull();
    expect(problems).toEqual([
      'from "2025-13" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
      'to "soon" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('swaps a reversed range, and says so', () => {
    const { filters, problems } = filtersFromParams(new URLSearchParams('from=2025-10&to=2025-05'));
    expect([filters.dateFrom, filters.dateTo]).toEqual(['2025-05', '2025-10']);
    expect(problems).toEqual(['from "2025-10" is after to "2025-05"; the two dates were swapped']);
  });

  it('caps long lists and long values, and ignores junk keys', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `k${i}`).join(',');
    const params = new URLSearchParams({
      hide: many,
      hideSrc: `ok,${'x'.repeat(5000)}`,
      junk: '1',
      undated: 'maybe',
    });
    let result: ReturnType<typeof filtersFromParams> | undefined;
    expect(() => {
      result = filtersFromParams(params);
    }).not.toThrow();
    expect(result?.filters.hiddenEntityKinds.size).toBe(MAX_PARAM_VALUES);
    expect(result?.filters.hiddenSources).toEqual(new Set(['ok']));
    expect(result?.filters.hideUndated).toBe(false);
    expect(result?.problems).toEqual([
      'hide lists 5000 values; only the first 200 were kept',
      'hideSrc: 1 value is longer than 200 characters and was ignored',
      'undated "maybe" is not understood (use undated=hide)',
    ]);
  });
});
