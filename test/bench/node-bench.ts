// The Node half of the benchmark: opening a dataset (JSON.parse, then openDataset's validation and
// build without layout) against a bare JSON.parse of the same text, search latency, and export time
// (every part of the JSON and GEXF documents produced, as the CLI's stream writes them).
import type { Dataset } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { buildGraph } from '../../src/graph/build-graph';
import { seededRandom } from '../../src/graph/layout';
import type { ParleyGraph } from '../../src/graph/types';
import { exportDocumentChunks } from '../../src/io/export-chunks';
import { createSearchIndex, searchDocsFromGraph } from '../../src/search/search-index';
import { applyPositions, type BenchDataset } from './datasets';
import { collectGarbage, time } from './stats';

export type OpenFigures = {
  nodes: number;
  edges: number;
  megabytes: number;
  runs: number;
  jsonParse: number[];
  total: number[];
  parse: number[];
  validate: number[];
  build: number[];
  /** CPU time of the floor and of the whole open. */
  jsonParseCpu: number[];
  totalCpu: number[];
};

/** Interleaves a bare JSON.parse (the floor) with the full open, after one warm-up of each if asked. */
export function benchOpen(bench: BenchDataset, runs: number, warmUp: boolean): OpenFigures {
  const figures: OpenFigures = {
    nodes: bench.dataset.entities.length,
    edges: bench.dataset.relations.length,
    megabytes: bench.text.length / 1e6,
    runs,
    jsonParse: [],
    total: [],
    parse: [],
    validate: [],
    build: [],
    jsonParseCpu: [],
    totalCpu: [],
  };
  for (let run = warmUp ? -1 : 0; run < runs; run++) {
    collectGarbage();
    const floor = time(() => JSON.parse(bench.text));
    collectGarbage();
    const parse = time(() => JSON.parse(bench.text) as unknown);
    // the two steps of openDataset (what an import runs), timed apart: the build is left to
    // refuse a repeated relation id
    const validate = time(() => validateDataset(parse.value, { relationIdsRepeat: false }));
    if (!validate.value.ok) throw new Error('bench: the generated dataset is not valid');
    const { dataset } = validate.value;
    const build = time(() => buildGraph(dataset, { layout: false }));
    if (run < 0) continue;
    // the floor is the faster of the two bare parses: the first after a collection runs while
    // V8 grows its heap again and came out up to 1.7 times slower, which flattered the ratio
    figures.jsonParse.push(Math.min(floor.ms, parse.ms));
    figures.jsonParseCpu.push(Math.min(floor.cpuMs, parse.cpuMs));
    figures.totalCpu.push(parse.cpuMs + validate.cpuMs + build.cpuMs);
    figures.parse.push(parse.ms);
    figures.validate.push(validate.ms);
    figures.build.push(build.ms);
    figures.total.push(parse.ms + validate.ms + build.ms);
  }
  return figures;
}

export type QueryKind = 'exact' | 'prefix' | 'typo' | 'short' | 'alias/role';
export type SearchFigures = {
  nodes: number;
  indexMs: number;
  queries: number;
  rounds: number;
  /** Every timed call, and by kind of query. */
  all: number[];
  byKind: Map<QueryKind, number[]>;
};

/** A fixed mix of queries drawn from the dataset: names, prefixes, typos, short words, aliases. */
export function searchQueries(dataset: Dataset): [QueryKind, string][] {
  const rng = seededRandom(7);
  const pickEntity = () =>
    dataset.entities[Math.floor(rng() * dataset.entities.length)] as Dataset['entities'][number];
  const queries: [QueryKind, string][] = [];
  for (let i = 0; i < 10; i++) queries.push(['exact', pickEntity().label]);
  for (let i = 0; i < 10; i++) {
    const words = pickEntity().label.split(' ');
    const last = words.at(-1) ?? '';
    queries.push(['prefix', i % 2 ? last.slice(0, 4) : `${words[0]} ${last.slice(0, 3)}`]);
  }
  for (let i = 0; i < 10; i++) {
    const label = pickEntity().label;
    const at = 1 + Math.floor(rng() * (label.length - 2));
    // a dropped letter or two swapped ones
    queries.push([
      'typo',
      i % 2
        ? label.slice(0, at) + label.slice(at + 1)
        : label.slice(0, at) + label.charAt(at + 1) + label.charAt(at) + label.slice(at + 2),
    ]);
  }
  for (const short of ['ma', 'he', 'xi', 'li', 'an', 'to', 'ka', 'port', 'bank', 'summit']) {
    queries.push(['short', short]);
  }
  for (const entity of dataset.entities) {
    if (queries.length >= 50) break;
    const alias = entity.aliases[0] ?? entity.roles?.[0]?.title;
    if (alias && rng() < 0.01) queries.push(['alias/role', alias]);
  }
  return queries;
}

export function benchSearch(graph: ParleyGraph, dataset: Dataset, rounds: number): SearchFigures {
  const index = time(() => createSearchIndex(searchDocsFromGraph(graph)));
  const queries = searchQueries(dataset);
  for (const [, q] of queries) index.value.search(q);
  const figures: SearchFigures = {
    nodes: graph.order,
    indexMs: index.ms,
    queries: queries.length,
    rounds,
    all: [],
    byKind: new Map(),
  };
  for (let round = 0; round < rounds; round++) {
    for (const [kind, q] of queries) {
      const { ms } = time(() => index.value.search(q));
      figures.all.push(ms);
      const list = figures.byKind.get(kind) ?? [];
      list.push(ms);
      figures.byKind.set(kind, list);
    }
  }
  return figures;
}

export type ExportFigures = {
  nodes: number;
  edges: number;
  warmUp: boolean;
  json: number[];
  jsonMegabytes: number;
  gexf: number[];
  gexfMegabytes: number;
  jsonCpu: number[];
  gexfCpu: number[];
};

/**
 * Produces every part of an export and lets each go, as `npm run export`'s stream and the
 * browser's Blob of parts take them (no one giant string); returns the characters written.
 */
function writeInParts(graph: ParleyGraph, format: 'json' | 'gexf'): number {
  let characters = 0;
  for (const document of exportDocumentChunks(graph, format)) {
    for (const chunk of document.chunks) characters += chunk.length;
  }
  return characters;
}

/** Without warm-up for big graphs, where one run lasts seconds and JIT warm-up is noise. */
export function benchExport(
  graph: ParleyGraph,
  runs: { json: number; gexf: number },
  warmUp: boolean,
): ExportFigures {
  const figures: ExportFigures = {
    nodes: graph.order,
    edges: graph.size,
    warmUp,
    json: [],
    jsonMegabytes: 0,
    gexf: [],
    gexfMegabytes: 0,
    jsonCpu: [],
    gexfCpu: [],
  };
  for (let run = warmUp ? -1 : 0; run < Math.max(runs.json, runs.gexf); run++) {
    if (run < runs.json) {
      collectGarbage();
      const json = time(() => writeInParts(graph, 'json'));
      figures.jsonMegabytes = json.value / 1e6;
      if (run >= 0) figures.json.push(json.ms);
      if (run >= 0) figures.jsonCpu.push(json.cpuMs);
    }
    if (run < runs.gexf) {
      collectGarbage();
      const gexf = time(() => writeInParts(graph, 'gexf'));
      figures.gexfMegabytes = gexf.value / 1e6;
      if (run >= 0) figures.gexf.push(gexf.ms);
      if (run >= 0) figures.gexfCpu.push(gexf.cpuMs);
    }
  }
  return figures;
}

/** The graph the search and export benchmarks use: built without layout, generator positions. */
export function graphWithPositions(bench: BenchDataset): ParleyGraph {
  const graph = buildGraph(bench.dataset, { layout: false });
  applyPositions(graph, bench.positions);
  return graph;
}
