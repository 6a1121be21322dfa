// A deterministic layout: seeded random start, ForceAtlas2, then noverlap, so the same data
// always gives the same picture. Pure function of the graph's structure and node order.
import type Graph from 'graphology';
import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import fa2Helpers from 'graphology-layout-forceatlas2/helpers.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import noverlap from 'graphology-layout-noverlap';
import type { Attributes } from 'graphology-types';

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

/** How far a layout has come: ForceAtlas2 iterations done, of how many. */
export type LayoutProgress = { done: number; total: number };

/** ForceAtlas2's default edge weight: the `weight` attribute when it is a number, else 1. */
const edgeWeight = (_edge: string, attributes: Attributes) =>
  typeof attributes.weight === 'number' && !Number.isNaN(attributes.weight) ? attributes.weight : 1;

/**
 * The layout as steps: the seeded start, then ForceAtlas2 on matrices kept between steps, so
 * running it in slices gives exactly the picture of one run. Yields progress about every
 * `sliceMs`; ending the generator early (`return()`) keeps the positions reached so far (and
 * skips noverlap). Positions are written to the graph only when it ends.
 */
export function* layoutSteps(
  graph: Graph,
  settings: Partial<LayoutSettings> = {},
  sliceMs = 100,
): Generator<LayoutProgress, void, void> {
  const resolved = { ...DEFAULT_LAYOUT_SETTINGS, ...settings };
  const total = settings.iterations ?? iterationsFor(graph.order);
  if (graph.order === 0) return;
  random.assign(graph, { rng: seededRandom(resolved.seed), scale: 100, center: 0 });
  const fa2Settings = {
    ...FA2_DEFAULTS,
    ...forceAtlas2.inferSettings(graph),
    outboundAttractionDistribution: true,
    scalingRatio: 10,
    gravity: 1,
  };
  const matrices = fa2Helpers.graphToByteArrays(graph, edgeWeight);
  let done = 0;
  try {
    let sliceStart = performance.now();
    while (done < total) {
      iterate(fa2Settings, matrices.nodes, matrices.edges);
      done++;
      if (done < total && performance.now() - sliceStart >= sliceMs) {
        yield { done, total };
        sliceStart = performance.now();
      }
    }
  } finally {
    fa2Helpers.assignLayoutChanges(graph, matrices.nodes, null);
  }
  // noverlap's grid is quadratic in crowded cells: 20 iterations take ~40 s at 20k nodes, so
  // big graphs skip it (at that scale labels are hidden anyway and nodes are small)
  if (graph.order > NOVERLAP_MAX_NODES) return;
  noverlap.assign(graph, {
    maxIterations: resolved.noverlapIterations,
    settings: { margin: 6, ratio: 1.5 },
  });
}

export function assignLayout(graph: Graph, settings: Partial<LayoutSettings> = {}): void {
  for (const _ of layoutSteps(graph, settings, Number.POSITIVE_INFINITY));
}

export type SlicedLayoutOptions = {
  settings?: Partial<LayoutSettings>;
  sliceMs?: number;
  /** Asked between slices; true ends the layout where it is. */
  shouldStop(): boolean;
  onProgress(progress: LayoutProgress): void;
  /** Lets other work run between slices (in a worker: messages such as "stop"). */
  pause(): Promise<void>;
};

/** Runs the layout in slices, pausing between them; resolves with how far it went. */
export async function layOutInSlices(
  graph: Graph,
  options: SlicedLayoutOptions,
): Promise<LayoutProgress & { stopped: boolean }> {
  const steps = layoutSteps(graph, options.settings, options.sliceMs);
  let last: LayoutProgress = {
    done: 0,
    total: options.settings?.iterations ?? iterationsFor(graph.order),
  };
  for (let step = steps.next(); !step.done; step = steps.next()) {
    last = step.value;
    options.onProgress(last);
    await options.pause();
    if (options.shouldStop()) {
      steps.return();
      return { ...last, stopped: true };
    }
  }
  return { done: last.total, total: last.total, stopped: false };
}
