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

export const NOVERLAP_MAX_NODES = 2000;

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

/** Fewer ForceAtlas2 iterations as graphs grow, so a large import is laid out in seconds; small
 * graphs (the curated dataset) keep the full count and so the same picture. */
export function iterationsFor(order: number, base = DEFAULT_LAYOUT_SETTINGS.iterations): number {
  if (order <= 1000) return base;
  return Math.max(15, Math.round((base * 1000) / order));
}

export function assignLayout(graph: Graph, settings: Partial<LayoutSettings> = {}): void {
  const resolved = { ...DEFAULT_LAYOUT_SETTINGS, ...settings };
  const { seed, noverlapIterations } = resolved;
  const iterations = settings.iterations ?? iterationsFor(graph.order);
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
  // noverlap's grid is quadratic in crowded cells: 20 iterations take ~40 s at 20k nodes, so
  // big graphs skip it (at that scale labels are hidden anyway and nodes are small)
  if (graph.order > NOVERLAP_MAX_NODES) return;
  noverlap.assign(graph, {
    maxIterations: noverlapIterations,
    settings: { margin: 6, ratio: 1.5 },
  });
}
