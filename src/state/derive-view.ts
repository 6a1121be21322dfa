// Derived data, chained one way: graph + filters → visible sets → neighbourhood focus → path.
// Recomputed only when its inputs change (identity, and the graph's version), so subscribers can
// call it freely.
import { neighbourhood } from '../graph/neighbourhood';
import { allShortestPaths, type PathResult } from '../graph/paths';
import type { ParleyGraph } from '../graph/types';
import type { AppState } from './app-state';
import { applyFilters, type VisibleSets } from './filters';

export type DerivedView = {
  /** After the filters only: what counts and the path finder use. */
  filtered: VisibleSets;
  /** After the filters and the neighbourhood focus: what the canvas and the list show. */
  visible: VisibleSets;
  path: PathResult | null;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
};

export function createViewDeriver(graph: ParleyGraph): (state: AppState) => DerivedView {
  let last: {
    filters: unknown;
    focus: unknown;
    path: unknown;
    graphVersion: number;
    view: DerivedView;
  } | null = null;
  return (state) => {
    if (
      last &&
      last.graphVersion === state.graphVersion &&
      last.filters === state.filters &&
      last.focus === state.focus &&
      last.path === state.path
    ) {
      return last.view;
    }
    const filtered = applyFilters(graph, state.filters);
    let visible = filtered;
    if (state.focus && graph.hasNode(state.focus.center)) {
      const around = neighbourhood(graph, state.focus.center, state.focus.hops);
      const nodes = new Set([...filtered.nodes].filter((n) => around.has(n)));
      nodes.add(state.focus.center);
      const edges = new Set(
        [...filtered.edges].filter((e) => {
          const [a, b] = graph.extremities(e);
          return nodes.has(a) && nodes.has(b);
        }),
      );
      visible = { nodes, edges };
    }
    const { from, to, avoidKinds } = state.path;
    let path: PathResult | null = null;
    const pathNodes = new Set<string>();
    const pathEdges = new Set<string>();
    if (from && to && graph.hasNode(from) && graph.hasNode(to)) {
      path = allShortestPaths(graph, from, to, { avoidKinds, visible: filtered.nodes });
      for (const nodes of path.paths) for (const n of nodes) pathNodes.add(n);
      for (const hops of path.hops)
        for (const hop of hops) for (const e of hop.edges) pathEdges.add(e);
    }
    const view = { filtered, visible, path, pathNodes, pathEdges };
    last = {
      filters: state.filters,
      focus: state.focus,
      path: state.path,
      graphVersion: state.graphVersion,
      view,
    };
    return view;
  };
}
