// The layout a positionless import gets: ForceAtlas2 in slices that report progress, can be stopped
// (keeping the positions reached) and, run to the end, give exactly the one-run picture.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { assignLayout, type LayoutProgress, layOutInSlices } from '../../src/graph/layout';
import type { ParleyGraph } from '../../src/graph/types';
import { generateDataset } from '../fixtures/generate';

const positionless = () => buildGraph(generateDataset({ nodes: 400, seed: 3 }), { layout: false });
const positions = (graph: ParleyGraph) => graph.mapNodes((_n, a) => [a.x, a.y]);
const noPause = () => Promise.resolve();

describe('layOutInSlices', () => {
  it('reports progress between slices and ends with the same picture as one run', async () => {
    const whole = positionless();
    assignLayout(whole, { iterations: 60 });
    const sliced = positionless();
    const seen: LayoutProgress[] = [];
    const run = await layOutInSlices(sliced, {
      settings: { iterations: 60 },
      sliceMs: 0,
      shouldStop: () => false,
      onProgress: (p) => seen.push(p),
      pause: noPause,
    });
    expect(run).toEqual({ done: 60, total: 60, stopped: false });
    expect(seen.length).toBe(59); // one report after every iteration but the last
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(positions(sliced)).toEqual(positions(whole));
  });

  it('stops when asked, keeping the positions it reached, which moved from the start', async () => {
    const graph = positionless();
    let reports = 0;
    const run = await layOutInSlices(graph, {
      settings: { iterations: 60 },
      sliceMs: 0,
      shouldStop: () => reports >= 5,
      onProgress: () => {
        reports++;
      },
      pause: noPause,
    });
    expect(run).toEqual({ done: 5, total: 60, stopped: true });
    // one iteration (then noverlap) ends elsewhere than five iterations
    const start = positionless();
    assignLayout(start, { iterations: 1 });
    const xs = positions(graph).map(([x]) => x);
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(new Set(xs).size).toBe(graph.order);
    expect(positions(graph)).not.toEqual(positions(start));
    // and differs from the finished layout: it really stopped
    const finished = positionless();
    assignLayout(finished, { iterations: 60 });
    expect(positions(graph)).not.toEqual(positions(finished));
  });
});
