// The benchmark's graphs: one synthetic dataset per size, its JSON text, and the layout file the
// browser pages read (positions from the generator, sizes as Parley's buildGraph gives them).
// Files go to a temporary folder, never into the repository.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Dataset } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import type { ParleyGraph } from '../../src/graph/types';
import type { LayoutFile } from '../bench-pages/protocol';
import { generateSynthetic, type Position } from '../fixtures/generate';

export const BENCH_SEED = 20250512;

export type BenchDataset = {
  nodes: number;
  dataset: Dataset;
  positions: Map<string, Position>;
  text: string;
  /** Nodes the click benchmark selects: the biggest hub, then a node of median degree. */
  clickNodes: string[];
};

export function makeBenchDataset(nodes: number): BenchDataset {
  const { dataset, positions } = generateSynthetic({ nodes, seed: BENCH_SEED });
  const degree = new Map<string, number>();
  for (const { source, target } of dataset.relations) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  const byDegree = dataset.entities
    .map((e) => e.id)
    .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
  const at = (share: number) => byDegree[Math.floor(share * (byDegree.length - 1))] as string;
  return {
    nodes,
    dataset,
    positions,
    text: JSON.stringify(dataset),
    clickNodes: [at(0), at(0.5)],
  };
}

/** Puts the generator's positions on a graph built with `layout: false`. */
export function applyPositions(graph: ParleyGraph, positions: Map<string, Position>): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    const p = positions.get(node);
    return p ? { ...attributes, x: p.x, y: p.y } : attributes;
  });
}

const gzipped = promisify(gzip);

/** Writes `text` as `name` and, compressed once, as `name`.gz (what the bench's server sends). */
async function writeWithGzip(dir: string, name: string, text: string): Promise<void> {
  const bytes = Buffer.from(text);
  await writeFile(join(dir, name), bytes);
  await writeFile(join(dir, `${name}.gz`), await gzipped(bytes));
}

/** Writes dataset-N.json and layout-N.json (each with its .gz) into `dir` for the browser pages. */
export async function writeBenchFiles(dir: string, bench: BenchDataset): Promise<void> {
  const graph = buildGraph(bench.dataset, { layout: false });
  const layout: LayoutFile = { x: [], y: [], size: [] };
  for (const entity of bench.dataset.entities) {
    const p = bench.positions.get(entity.id) ?? { x: 0, y: 0 };
    layout.x.push(p.x);
    layout.y.push(p.y);
    layout.size.push(graph.getNodeAttribute(entity.id, 'size'));
  }
  await writeWithGzip(dir, `dataset-${bench.nodes}.json`, bench.text);
  await writeWithGzip(dir, `layout-${bench.nodes}.json`, JSON.stringify(layout));
}
