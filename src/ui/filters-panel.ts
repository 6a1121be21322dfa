// The Filters group (DESIGN §4): one checkbox per entity kind, relation kind and source article,
// each with its visible/total count; a date range with a switch for undated relations; reset.
// Filtering hides, never deletes: the panel only changes state.filters.
import { RELATION_KINDS } from '../data/relation-kinds';
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
  toggleEntityKind,
  toggleRelationKind,
  toggleSource,
} from '../state/filters';
import type { Store } from '../state/store';
import { el } from './dom';

export type FiltersPanelDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  deriveView(state: AppState): DerivedView;
};

type Facet = 'entityKinds' | 'relationKinds' | 'sources';

let instances = 0;

/** "2025-05" or "2025" → the first day, for a date input; "" when null. */
function toDateInput(prefix: string | null): string {
  if (!prefix) return '';
  const [y, m = '01', d = '01'] = prefix.split('-');
  return `${y}-${m}-${d}`;
}

export function mountFiltersPanel(root: HTMLElement, deps: FiltersPanelDeps): () => void {
  const { graph, store } = deps;
  const prefix = `filters-${++instances}`;
  const sourceTitles = new Map(graph.getAttribute('sources').map((s) => [s.id, s.title]));
  const counts = new Map<string, HTMLElement>();
  const boxes = new Map<string, HTMLInputElement>();

  function checkbox(facet: Facet, value: string, name: string, toggle: () => void) {
    const key = `${facet}:${value}`;
    const countId = `${prefix}-${facet}-${boxes.size}`;
    const input = el('input', {
      attrs: { type: 'checkbox', checked: true, 'aria-describedby': countId },
      on: { change: toggle },
    });
    const count = el('span', { id: countId, className: 'facet-count' });
    boxes.set(key, input);
    counts.set(key, count);
    return el('li', {}, [
      el('label', { className: 'facet' }, [input, el('span', { text: name })]),
      count,
    ]);
  }

  function facetGroup(title: string, facet: Facet, items: Array<[string, string, () => void]>) {
    return el('fieldset', { className: 'facet-group' }, [
      el('legend', { text: title }),
      el(
        'ul',
        {},
        items.map(([value, name, toggle]) => checkbox(facet, value, name, toggle)),
      ),
    ]);
  }

  const initialCounts = facetCounts(graph, deps.deriveView(store.get()).filtered);
  const entityKinds = [...initialCounts.entityKinds.keys()].sort();
  const relationOrder = Object.keys(RELATION_KINDS);
  const relationKinds = [...initialCounts.relationKinds.keys()].sort(
    (a, b) =>
      (relationOrder.indexOf(a) + 1 || 99) - (relationOrder.indexOf(b) + 1 || 99) ||
      a.localeCompare(b),
  );
  const sources = [...initialCounts.sources.keys()];

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
    facetGroup(
      'Entity kinds',
      'entityKinds',
      entityKinds.map((k) => [k, k, () => store.update(updateFilters(toggleEntityKind(k)))]),
    ),
    facetGroup(
      'Relation kinds',
      'relationKinds',
      relationKinds.map((k) => [k, k, () => store.update(updateFilters(toggleRelationKind(k)))]),
    ),
    sources.length > 0
      ? facetGroup(
          'Sources',
          'sources',
          sources.map((id) => [
            id,
            sourceTitles.get(id) ?? id,
            () => store.update(updateFilters(toggleSource(id))),
          ]),
        )
      : null,
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
    reset.disabled = isDefaultFilters(filters);
    summary.textContent = `Showing ${visibleNodes} of ${graph.order} entities and ${visibleEdges} of ${graph.size} relations.`;
  }

  function update(state: AppState) {
    const view = deps.deriveView(state);
    render(
      state.filters,
      facetCounts(graph, view.filtered),
      view.visible.nodes.size,
      view.visible.edges.size,
    );
  }

  update(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.focus !== previous.focus) update(state);
  });
  return () => {
    unsubscribe();
    group.remove();
  };
}
