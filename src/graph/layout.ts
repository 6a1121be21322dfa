// A deterministic layout: seeded random start, ForceAtlas2, then noverlap, so the same data
// always gives the same picture. Pure function of the graph's structure and node order.
import type Graph from 'graphology';
import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

export const DEFAULT_LAYOUT_SETTINGS = {
  seed: 20250512,
  iterations: 600,
  noverlapIterations: 200,
};

export type LayoutSettings = typeof DEFAULT_LAYOUT_SETTINGS;

/** mulberry32: a tiny seeded PRNG (graphology's random layout takes any `() => number`). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function assignLayout(graph: Graph, settings: Partial<LayoutSettings> = {}): void {
  const { seed, iterations, noverlapIterations } = { ...DEFAULT_LAYOUT_SETTINGS, ...settings };
  if (graph.order === 0) return;
  random.assign(graph, { rng: seededRandom(seed), scale: 100, center: 0 });
  forceAtlas2.assign(graph, {
    iterations,
    settings: {
      ...forceAtlas2.inferSettings(graph),
      outboundAttractionDistribution: true,
      scalingRatio: 10,
      gravity: 1,
    },
  });
  noverlap.assign(graph, {
    maxIterations: noverlapIterations,
    settings: { margin: 6, ratio: 1.5 },
  });
}
