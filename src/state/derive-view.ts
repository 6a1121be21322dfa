// Derived data, chained one way: graph + filters → visible sets and their counts → neighbourhood
// focus → path, and the timeline's items. Each stage is recomputed only when its own inputs change
// (identity, and the graph's version), so subscribers can call the deriver freely; the panels read
// what they show from here instead of walking the graph themselves.
import { neighbourhood } from '../graph/neighbourhood';
import { allShortestPaths, type PathResult } from '../graph/paths';
import { playSteps, spanOverlaps, type TimelineItem, timelineItems } from '../graph/timeline';
import type { ParleyGraph } from '../graph/types';
import type { AppState, Focus, PathQuery } from './app-state';
import {
  dateWindow,
  type FacetCount,
  type FacetCounts,
  type Filters,
  filterGraph,
  type VisibleSets,
} from './filters';

/** What the timeline and As-of show, from the dated relations. */
export type TimelineData = {
  /** Every dated relation, by start then id: the timeline's whole span and the As-of slider's. */
  all: readonly TimelineItem[];
  /** The dated relations the filters leave, the date range and "as of" aside (drawn faded when those hide them). */
  shown: readonly TimelineItem[];
  /** The days Play steps through: where relations every filter but "as of" leaves first show. */
  asOfSteps: readonly string[];
};

export type DerivedView = {
  /** After the filters only: what counts and the path finder use. */
  filtered: VisibleSets;
  /** Per entity kind, relation kind and source: how many there are, and how many the filters leave. */
  facets: FacetCounts;
  /** After the filters and the neighbourhood focus: what the canvas and the list show. */
  visible: VisibleSets;
  /** Per entity kind: how many there are, and how many are visible (filters and focus). */
  kinds: ReadonlyMap<string, FacetCount>;
  path: PathResult | null;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** Read on first use: reading every dated relation is the costliest part of a graph change. */
  readonly timeline: TimelineData;
};

type FilterStage = Pick<DerivedView, 'filtered' | 'facets'> & {
  hiddenByDate: Set<string>;
  /** The inputs this stage was computed from. */
  filters: Filters;
  graphVersion: number;
};
type FocusStage = Pick<DerivedView, 'visible' | 'kinds'>;
type PathStage = Pick<DerivedView, 'path' | 'pathNodes' | 'pathEdges'>;

/** A one-entry cache: `compute` runs again only when one of the keys differs from last time. */
function memo<K extends readonly unknown[], V>(compute: (...keys: K) => V): (...keys: K) => V {
  let last: { keys: K; value: V } | null = null;
  return (...keys) => {
    if (last && keys.every((key, i) => key === last?.keys[i])) return last.value;
    const value = compute(...keys);
    last = { keys, value };
    return value;
  };
}

function focusStage(graph: ParleyGraph, stage: FilterStage, focus: Focus): FocusStage {
  const { filtered, facets } = stage;
  if (!focus || !graph.hasNode(focus.center))
    return { visible: filtered, kinds: facets.entityKinds };
  const around = neighbourhood(graph, focus.center, focus.hops);
  const nodes = new Set([...filtered.nodes].filter((n) => around.has(n)));
  nodes.add(focus.center);
  const edges = new Set(
    [...filtered.edges].filter((e) => {
      const [a, b] = graph.extremities(e);
      return nodes.has(a) && nodes.has(b);
    }),
  );
  const kinds = new Map<string, FacetCount>();
  for (const [kind, { total }] of facets.entityKinds) kinds.set(kind, { total, visible: 0 });
  for (const node of nodes) {
    const count = kinds.get(graph.getNodeAttribute(node, 'kind'));
    if (count) count.visible += 1;
  }
  return { visible: { nodes, edges }, kinds };
}

function pathStage(graph: ParleyGraph, filtered: VisibleSets, query: PathQuery): PathStage {
  const { from, to, avoidKinds } = query;
  const pathNodes = new Set<string>();
  const pathEdges = new Set<string>();
  if (!from || !to || !graph.hasNode(from) || !graph.hasNode(to))
    return { path: null, pathNodes, pathEdges };
  const path = allShortestPaths(graph, from, to, { avoidKinds, visible: filtered.nodes });
  for (const nodes of path.paths) for (const n of nodes) pathNodes.add(n);
  for (const hops of path.hops) for (const hop of hops) for (const e of hop.edges) pathEdges.add(e);
  return { path, pathNodes, pathEdges };
}

/** The timeline's items as the filters leave them, from every dated relation of the graph. */
function timelineData(all: readonly TimelineItem[], stage: FilterStage): TimelineData {
  const { filtered, hiddenByDate, filters } = stage;
  const shown = all.filter((i) => filtered.edges.has(i.edge) || hiddenByDate.has(i.edge));
  const range = dateWindow(filters, { ignoreAsOf: true });
  return { all, shown, asOfSteps: playSteps(shown.filter((i) => spanOverlaps(i, range))) };
}

export function createViewDeriver(graph: ParleyGraph): (state: AppState) => DerivedView {
  const filterStage = memo((filters: Filters, graphVersion: number): FilterStage => {
    const { sets, counts, hiddenByDate } = filterGraph(graph, filters);
    return { filtered: sets, facets: counts, hiddenByDate, filters, graphVersion };
  });
  const focused = memo((stage: FilterStage, focus: Focus) => focusStage(graph, stage, focus));
  const paths = memo((stage: FilterStage, query: PathQuery) =>
    pathStage(graph, stage.filtered, query),
  );
  const items = memo((_graphVersion: number) => timelineItems(graph));
  const timeline = memo((stage: FilterStage) => timelineData(items(stage.graphVersion), stage));
  const view = memo((stage: FilterStage, focus: FocusStage, path: PathStage): DerivedView => {
    const { filtered, facets } = stage;
    return {
      filtered,
      facets,
      ...focus,
      ...path,
      get timeline() {
        return timeline(stage);
      },
    };
  });
  return (state) => {
    const stage = filterStage(state.filters, state.graphVersion);
    return view(stage, focused(stage, state.focus), paths(stage, state.path));
  };
}
