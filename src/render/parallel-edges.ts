// Parallel relations between the same two entities are drawn as distinct curves, so that no
// interaction hides behind another. Computed once per graph, on a copy: the data stays clean.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { ParleyGraph } from '../graph/types';

/** Spreads n parallel edges over curvatures that grow with n but stay bounded (sigma's example). */
export function curvatureFor(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureFor(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

export function parallelEdgeCurvatures(graph: ParleyGraph): Map<string, number> {
  const copy = graph.copy();
  indexParallelEdgesIndex(copy, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMinIndexAttribute: 'parallelMinIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
  const curvatures = new Map<string, number>();
  copy.forEachEdge((edge, attributes) => {
    const { parallelIndex, parallelMaxIndex } = attributes as Record<string, unknown>;
    if (typeof parallelIndex === 'number' && typeof parallelMaxIndex === 'number') {
      curvatures.set(edge, curvatureFor(parallelIndex, parallelMaxIndex));
    }
  });
  return curvatures;
}
