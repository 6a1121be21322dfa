// The box the graph's entities are drawn in, in graph coordinates: where new entities are placed
// around what is already there. Pure.
import type { ParleyGraph } from './types';

export type Bounds = { minX: number; maxX: number; minY: number; maxY: number };

/** The smallest box holding every entity's position; null for an empty graph. */
export function graphBounds(graph: ParleyGraph): Bounds | null {
  if (graph.order === 0) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return { minX, maxX, minY, maxY };
}
