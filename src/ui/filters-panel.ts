// The Filters group: one checkbox per entity kind, relation kind and source article, each with its
// visible/total count; a date range with a switch for undated relations; "Backed by at least N
// sources"; reset. Filtering hides, never deletes: the panel only changes state.filters. It is
// built once; small updaters push the derived view's counts and the filters into it. When the
// graph changes in place (a kind or an article added), the lists follow, keeping their rows.
import { RELATION_KINDS } from '../data/relation-kinds';
import type { ParleyGraph } from '../graph/types';
import { type AppState, updateFilters } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import {
  type FacetCounts,
  type Filters,
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
import { el } from './dom';
import { createFacetList, type FacetList } from './filters/facet-list';

export type FiltersPanelDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  deriveView(state: AppState): DerivedView;
};

type Facet = 'entityKinds' | 'relationKinds' | 'sources';
const FACETS = ['entityKinds', 'relationKinds', 'sources'] as const;
type FacetValues = Record<Facet, Array<readonly [string, string]>>;

const TOGGLES: Record<Facet, (value: string) => (f: Filters) => Filters> = {
  entityKinds: toggleEntityKind,
  relationKinds: toggleRelationKind,
  sources: toggleSource,
};

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

/** Each facet's values and names, in the order listed: kinds by name (relation kinds in the vocabulary's order), sources as the dataset lists them. */
export function facetValues(
  facets: FacetCounts,
  sourceTitles: ReadonlyMap<string, string>,
): FacetValues {
  const relationOrder = Object.keys(RELATION_KINDS);
  const rank = (kind: string) => relationOrder.indexOf(kind) + 1 || 99;
  return {
    entityKinds: [...facets.entityKinds.keys()].sort().map((k) => [k, k] as const),
    relationKinds: [...facets.relationKinds.keys()]
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
      .map((k) => [k, k] as const),
    sources: [...facets.sources.keys()].map((id) => [id, sourceTitles.get(id) ?? id] as const),
  };
}

/** The date range, the switch for undated relations and "Backed by at least". */
function createRelationControls(prefix: string, store: Store<AppState>) {
  const change = (producer: (f: Filters) => Filters) => store.update(updateFilters(producer));
  const applyDates = () => change(setDateRange(from.value || null, to.value || null));
  const from = el('input', {
    id: `${prefix}-from`,
    attrs: { type: 'date', 'aria-label': 'From date' },
    on: { change: applyDates },
  });
  const to = el('input', {
    id: `${prefix}-to`,
    attrs: { type: 'date', 'aria-label': 'To date' },
    on: { change: applyDates },
  });
  const hideUndated = el('input', {
    attrs: { type: 'checkbox' },
    on: { change: () => change(setHideUndated(hideUndated.checked)) },
  });
  const minSources = el('input', {
    id: `${prefix}-min-sources`,
    attrs: { type: 'number', min: 1, max: 1, step: 1, inputmode: 'numeric' },
    on: {
      input: () => {
        const n = Number(minSources.value);
        if (minSources.value !== '' && Number.isFinite(n)) change(setMinSources(n));
      },
    },
  });
  const corroboration = el('fieldset', { className: 'facet-group min-sources' }, [
    el('legend', { text: 'Corroboration' }),
    el('div', { className: 'min-sources-row' }, [
      el('label', { text: 'Backed by at least', attrs: { for: minSources.id } }),
      minSources,
      el('span', { text: 'sources', attrs: { 'aria-hidden': 'true' } }),
    ]),
  ]);
  const dates = el('fieldset', { className: 'facet-group dates' }, [
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
  ]);

  /** Writes the filters into the fields, leaving alone the one being typed in. */
  function update(filters: Filters, mostSources: number) {
    if (document.activeElement !== from) from.value = toDateInput(filters.dateFrom);
    if (document.activeElement !== to) to.value = toDateInput(filters.dateTo);
    hideUndated.checked = filters.hideUndated;
    minSources.max = String(mostSources);
    if (document.activeElement !== minSources || Number(minSources.value) !== filters.minSources)
      minSources.value = String(filters.minSources);
  }
  return { elements: [corroboration, dates], update };
}

export function mountFiltersPanel(root: HTMLElement, deps: FiltersPanelDeps): () => void {
  const { graph, store } = deps;
  const prefix = `filters-${++instances}`;
  const lists = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      createFacetList(`${prefix}-${facet}`, (value) =>
        store.update(updateFilters(TOGGLES[facet](value))),
      ),
    ]),
  ) as Record<Facet, FacetList>;
  const facetGroup = (title: string, facet: Facet) =>
    el('fieldset', { className: 'facet-group' }, [
      el('legend', { text: title }),
      lists[facet].element,
    ]);
  const sourcesGroup = facetGroup('Sources', 'sources');
  const relationControls = createRelationControls(prefix, store);
  const summary = el('p', { className: 'filters-summary', attrs: { role: 'status' } });
  const reset = el('button', {
    className: 'small-button',
    text: 'Reset filters',
    attrs: { type: 'button' },
    on: { click: () => store.update(updateFilters(resetFilters())) },
  });
  const group = el('fieldset', { className: 'filters' }, [
    el('legend', { text: 'Filters' }),
    summary,
    facetGroup('Entity kinds', 'entityKinds'),
    facetGroup('Relation kinds', 'relationKinds'),
    sourcesGroup,
    ...relationControls.elements,
    reset,
  ]);
  root.append(group);

  /** The lists' values, from the counts as they are now; the focus stays where it was. */
  function updateValues(facets: FacetCounts) {
    const active = document.activeElement;
    const titles = new Map(graph.getAttribute('sources').map((s) => [s.id, s.title]));
    const values = facetValues(facets, titles);
    for (const facet of FACETS) lists[facet].setValues(values[facet]);
    sourcesGroup.hidden = values.sources.length === 0;
    if (active instanceof HTMLElement && active.isConnected && document.activeElement !== active)
      active.focus();
  }

  function update(state: AppState, graphChanged: boolean) {
    const view = deps.deriveView(state);
    const { filters } = state;
    if (graphChanged) updateValues(view.facets);
    lists.entityKinds.update(view.facets.entityKinds, filters.hiddenEntityKinds);
    lists.relationKinds.update(view.facets.relationKinds, filters.hiddenRelationKinds);
    lists.sources.update(view.facets.sources, filters.hiddenSources);
    relationControls.update(filters, view.facets.mostSources);
    reset.disabled = isDefaultFilters(filters);
    const { nodes, edges } = view.visible;
    summary.textContent = shownSummary(nodes.size, graph.order, edges.size, graph.size);
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
