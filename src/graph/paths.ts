// How is A connected to B: every shortest path between two entities, ignoring direction,
// optionally avoiding kinds (countries, say) or nodes outside the current view.
import type { ParleyGraph } from './types';

export type PathOptions = {
  /** Kinds a path may not pass through (its endpoints may still be of these kinds). */
  avoidKinds?: ReadonlySet<string>;
  /** Only these nodes may be passed through; the endpoints are always allowed. */
  visible?: ReadonlySet<string>;
  /** At most this many paths, the first in label order; 20 by default. */
  maxPaths?: number;
};

/** One step of a path, with every relation between the two nodes in either direction. */
export type PathHop = { from: string; to: string; edges: string[] };

export type PathResult = {
  /** Node ids, from … to, sorted by their sequence of labels. */
  paths: string[][];
  hops: PathHop[][];
  /** The number of hops; null when there is no path. */
  length: number | null;
};

export const DEFAULT_MAX_PATHS = 20;

/** Every edge between a and b, whichever way it points, sorted by id. */
function between(graph: ParleyGraph, a: string, b: string): string[] {
  return [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])].sort();
}

/** All shortest paths from `from` to `to` (at most maxPaths), breadth-first over both directions. */
export function allShortestPaths(
  graph: ParleyGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): PathResult {
  for (const node of [from, to])
    if (!graph.hasNode(node)) throw new Error(`allShortestPaths: unknown node "${node}"`);
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;
  if (!Number.isInteger(maxPaths) || maxPaths < 1)
    throw new Error(`allShortestPaths: maxPaths must be a positive integer, got ${maxPaths}`);
  if (from === to) return { paths: [[from]], hops: [[]], length: 0 };

  const { avoidKinds, visible } = options;
  const passable = (node: string) =>
    (!visible || visible.has(node)) &&
    (!avoidKinds || !avoidKinds.has(graph.getNodeAttribute(node, 'kind')));

  // Breadth-first, level by level, keeping every predecessor on a shortest route.
  const distance = new Map<string, number>([[from, 0]]);
  const predecessors = new Map<string, string[]>();
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      const d = (distance.get(node) ?? 0) + 1;
      for (const neighbour of graph.neighbors(node)) {
        if (neighbour !== to && !passable(neighbour)) continue;
        const known = distance.get(neighbour);
        if (known === undefined) {
          distance.set(neighbour, d);
          predecessors.set(neighbour, [node]);
          next.push(neighbour);
        } else if (known === d) predecessors.get(neighbour)?.push(node);
      }
    }
    frontier = next;
  }
  const length = distance.get(to);
  if (length === undefined) return { paths: [], hops: [], length: null };

  // Walk back from `to` to turn the predecessor lists into forward steps on shortest routes.
  const successors = new Map<string, string[]>();
  const seen = new Set([to]);
  const stack = [to];
  while (stack.length > 0) {
    const node = stack.pop() as string;
    for (const previous of predecessors.get(node) ?? []) {
      const list = successors.get(previous) ?? [];
      list.push(node);
      successors.set(previous, list);
      if (!seen.has(previous)) {
        seen.add(previous);
        stack.push(previous);
      }
    }
  }
  const label = (node: string) => graph.getNodeAttribute(node, 'label') ?? node;
  const byLabel = (a: string, b: string) =>
    label(a).localeCompare(label(b), 'en') || (a < b ? -1 : a > b ? 1 : 0);
  for (const list of successors.values()) list.sort(byLabel);

  // Depth-first with sorted steps yields paths already in label order, so stopping early is exact.
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    if (paths.length >= maxPaths) return;
    const last = path[path.length - 1] as string;
    if (last === to) {
      paths.push([...path]);
      return;
    }
    for (const step of successors.get(last) ?? []) {
      path.push(step);
      walk(path);
      path.pop();
    }
  };
  walk([from]);

  const hops = paths.map((path) =>
    path.slice(1).map((node, i) => {
      const previous = path[i] as string;
      return { from: previous, to: node, edges: between(graph, previous, node) };
    }),
  );
  return { paths, hops, length };
}
