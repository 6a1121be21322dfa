// The Filters group (DESIGN §4): one checkbox per entity kind, relation kind and source article,
// each with its visible/total count; a date range with a switch for undated relations; "Backed
// by at least N sources"; reset. Filtering hides, never deletes: the panel only changes
// state.filters. When the graph changes in place (a kind or an article added), the checkboxes
// are rebuilt from it, reusing the existing ones so the focus stays where it was.
import { RELATION_KINDS } from '../data/relation-kinds';
import { sourceCount } from '../graph/corroboration';
import type { ParleyGraph } from '../graph/types';
import { type AppState, updateFilters } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import {
  type FacetCounts,
  type Filters,
  facetCounts,
  isDefaultFilters,
  resetFilters,
  setDateRange,
  setHideUndated,
  setMinSources,
  toggleEntityKind,
  toggleRelationKind,
  toggleSource,
} from '../state/filters';
import type { Store } from '../state/store';
import { el, replaceChildren } from './dom';

export type FiltersPanelDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  deriveView(state: AppState): DerivedView;
};

type Facet = 'entityKinds' | 'relationKinds' | 'sources';

let instances = 0;

/** The line under the filters: how much of the graph they leave. */
export function shownSummary(
  nodes: number,
  allNodes: number,
  edges: number,
  allEdges: number,
): string {
  return `Showing ${nodes} of ${allNodes} entities and ${edges} of ${allEdges} relations.`;
}

/** "2025-05" or "2025" → the first day, for a date input; "" when null. */
export function toDateInput(prefix: string | null): string {
  if (!prefix) return '';
  const [y, m = '01', d = '01'] = prefix.split('-');
  return `${y}-${m}-${d}`;
}

const TOGGLES: Record<Facet, (value: string) => (f: Filters) => Filters> = {
  entityKinds: toggleEntityKind,
  relationKinds: toggleRelationKind,
  sources: toggleSource,
};

/** The most distinct sources any relation of the graph has (at least 1). */
function maxSources(graph: ParleyGraph): number {
  let most = 1;
  graph.forEachEdge((_edge, { evidence }) => {
    most = Math.max(most, sourceCount(evidence));
  });
  return most;
}

export function mountFiltersPanel(root: HTMLElement, deps: FiltersPanelDeps): () => void {
  const { graph, store } = deps;
  const prefix = `filters-${++instances}`;
  const counts = new Map<string, HTMLElement>();
  const boxes = new Map<string, HTMLInputElement>();
  const rows = new Map<string, HTMLLIElement>();
  const names = new Map<string, HTMLElement>();
  let rowIds = 0;

  /** The row of one value: made once, then reused (and renamed) when the graph changes. */
  function checkbox(facet: Facet, value: string, name: string): HTMLLIElement {
    const key = `${facet}:${value}`;
    const existing = rows.get(key);
    if (existing) {
      const label = names.get(key);
      if (label && label.textContent !== name) label.textContent = name;
      return existing;
    }
    const countId = `${prefix}-${facet}-${++rowIds}`;
    const input = el('input', {
      attrs: { type: 'checkbox', checked: true, 'aria-describedby': countId },
      on: { change: () => store.update(updateFilters(TOGGLES[facet](value))) },
    });
    const count = el('span', { id: countId, className: 'facet-count' });
    const text = el('span', { text: name });
    const row = el('li', {}, [el('label', { className: 'facet' }, [input, text]), count]);
    boxes.set(key, input);
    counts.set(key, count);
    rows.set(key, row);
    names.set(key, text);
    return row;
  }

  const lists: Record<Facet, HTMLUListElement> = {
    entityKinds: el('ul'),
    relationKinds: el('ul'),
    sources: el('ul'),
  };
  const facetGroup = (title: string, facet: Facet) =>
    el('fieldset', { className: 'facet-group' }, [el('legend', { text: title }), lists[facet]]);
  const sourcesGroup = facetGroup('Sources', 'sources');

  const from = el('input', {
    id: `${prefix}-from`,
    attrs: { type: 'date', 'aria-label': 'From date' },
    on: { change: () => applyDates() },
  });
  const to = el('input', {
    id: `${prefix}-to`,
    attrs: { type: 'date', 'aria-label': 'To date' },
    on: { change: () => applyDates() },
  });
  const hideUndated = el('input', {
    attrs: { type: 'checkbox' },
    on: { change: () => store.update(updateFilters(setHideUndated(hideUndated.checked))) },
  });
  const minSources = el('input', {
    id: `${prefix}-min-sources`,
    attrs: { type: 'number', min: 1, max: 1, step: 1, inputmode: 'numeric' },
    on: {
      input: () => {
        const n = Number(minSources.value);
        if (minSources.value !== '' && Number.isFinite(n))
          store.update(updateFilters(setMinSources(n)));
      },
    },
  });
  const summary = el('p', { className: 'filters-summary', attrs: { role: 'status' } });
  const reset = el('button', {
    className: 'small-button',
    text: 'Reset filters',
    attrs: { type: 'button' },
    on: { click: () => store.update(updateFilters(resetFilters())) },
  });

  function applyDates() {
    store.update(updateFilters(setDateRange(from.value || null, to.value || null)));
  }

  const group = el('fieldset', { className: 'filters' }, [
    el('legend', { text: 'Filters' }),
    summary,
    facetGroup('Entity kinds', 'entityKinds'),
    facetGroup('Relation kinds', 'relationKinds'),
    sourcesGroup,
    el('fieldset', { className: 'facet-group min-sources' }, [
      el('legend', { text: 'Corroboration' }),
      el('div', { className: 'min-sources-row' }, [
        el('label', { text: 'Backed by at least', attrs: { for: minSources.id } }),
        minSources,
        el('span', { text: 'sources', attrs: { 'aria-hidden': 'true' } }),
      ]),
    ]),
    el('fieldset', { className: 'facet-group dates' }, [
      el('legend', { text: 'Dates' }),
      el('div', { className: 'date-row' }, [
        el('label', { text: 'From', attrs: { for: from.id, 'aria-hidden': 'true' } }),
        from,
        el('label', { text: 'to', attrs: { for: to.id, 'aria-hidden': 'true' } }),
        to,
      ]),
      el('label', { className: 'facet' }, [
        hideUndated,
        el('span', { text: 'Hide undated relations' }),
      ]),
    ]),
    reset,
  ]);
  root.append(group);

  /** The checkboxes, from the graph as it is now; focus and checked state survive. */
  function rebuild(facets: FacetCounts) {
    const active = document.activeElement;
    const relationOrder = Object.keys(RELATION_KINDS);
    const sourceTitles = new Map(graph.getAttribute('sources').map((s) => [s.id, s.title]));
    const values: Record<Facet, Array<[string, string]>> = {
      entityKinds: [...facets.entityKinds.keys()].sort().map((k) => [k, k]),
      relationKinds: [...facets.relationKinds.keys()]
        .sort(
          (a, b) =>
            (relationOrder.indexOf(a) + 1 || 99) - (relationOrder.indexOf(b) + 1 || 99) ||
            a.localeCompare(b),
        )
        .map((k) => [k, k]),
      sources: [...facets.sources.keys()].map((id) => [id, sourceTitles.get(id) ?? id]),
    };
    for (const facet of ['entityKinds', 'relationKinds', 'sources'] as const) {
      const wanted = values[facet].map(([value, name]) => checkbox(facet, value, name));
      const list = lists[facet];
      const same =
        wanted.length === list.children.length &&
        wanted.every((row, i) => list.children[i] === row);
      if (!same) replaceChildren(list, wanted);
    }
    sourcesGroup.hidden = values.sources.length === 0;
    // forget the rows of values the graph no longer has
    const live = new Set(
      (['entityKinds', 'relationKinds', 'sources'] as const).flatMap((facet) =>
        values[facet].map(([value]) => `${facet}:${value}`),
      ),
    );
    for (const key of [...rows.keys()]) {
      if (live.has(key)) continue;
      rows.delete(key);
      boxes.delete(key);
      counts.delete(key);
      names.delete(key);
    }
    minSources.max = String(maxSources(graph));
    if (active instanceof HTMLElement && active.isConnected && document.activeElement !== active)
      active.focus();
  }

  function render(
    filters: Filters,
    facets: FacetCounts,
    visibleNodes: number,
    visibleEdges: number,
  ) {
    const hidden: Record<Facet, ReadonlySet<string>> = {
      entityKinds: filters.hiddenEntityKinds,
      relationKinds: filters.hiddenRelationKinds,
      sources: filters.hiddenSources,
    };
    for (const facet of ['entityKinds', 'relationKinds', 'sources'] as const) {
      for (const [value, { total, visible }] of facets[facet]) {
        const key = `${facet}:${value}`;
        const box = boxes.get(key);
        if (box) box.checked = !hidden[facet].has(value);
        const count = counts.get(key);
        if (count) count.textContent = `${visible} of ${total}`;
      }
    }
    if (document.activeElement !== from) from.value = toDateInput(filters.dateFrom);
    if (document.activeElement !== to) to.value = toDateInput(filters.dateTo);
    hideUndated.checked = filters.hideUndated;
    if (document.activeElement !== minSources || Number(minSources.value) !== filters.minSources)
      minSources.value = String(filters.minSources);
    reset.disabled = isDefaultFilters(filters);
    summary.textContent = shownSummary(visibleNodes, graph.order, visibleEdges, graph.size);
  }

  function update(state: AppState, graphChanged: boolean) {
    const view = deps.deriveView(state);
    const facets = facetCounts(graph, view.filtered);
    if (graphChanged) rebuild(facets);
    render(state.filters, facets, view.visible.nodes.size, view.visible.edges.size);
  }

  update(store.get(), true);
  const unsubscribe = store.subscribe((state, previous) => {
    const graphChanged = state.graphVersion !== previous.graphVersion;
    if (graphChanged || state.filters !== previous.filters || state.focus !== previous.focus)
      update(state, graphChanged);
  });
  return () => {
    unsubscribe();
    group.remove();
  };
}
