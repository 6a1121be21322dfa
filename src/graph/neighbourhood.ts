// The entities around one entity: itself and everything within one or two hops, whichever way
// the relations point. Used to focus the view on a neighbourhood.
import type { ParleyGraph } from './types';

export function neighbourhood(graph: ParleyGraph, center: string, hops: 1 | 2): Set<string> {
  if (!graph.hasNode(center)) throw new Error(`neighbourhood: unknown node "${center}"`);
  if (hops !== 1 && hops !== 2)
    throw new Error(`neighbourhood: hops must be 1 or 2, got ${String(hops)}`);
  const reached = new Set([center]);
  let frontier = [center];
  for (let step = 0; step < hops; step += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of graph.neighbors(node)) {
        if (reached.has(neighbour)) continue;
        reached.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return reached;
}
