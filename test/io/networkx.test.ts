// NetworkX, the graph library most people reach for in Python, opens Parley's GEXF and GraphML
// exports with its own readers (`read_gexf`, `read_graphml`): every node and edge, each colour,
// and each relation's direction although the graph mixes directed and undirected relations.
// The files are written by `npm run export`, as a person would. Skipped, saying why, only where
// python3 or networkx is missing (.ci/run installs Debian's python3-networkx).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, readDatasetFile } from '../../src/cli/dataset-file';
import { buildGraph } from '../../src/graph/build-graph';
import { exportGexf } from '../../src/io/export-gexf';
import { exportGraphml } from '../../src/io/export-graphml';
import { importText } from '../../src/io/import-file';
import { nodeXml } from './node-dom-parser';

function networkxMissing(): string | null {
  const probe = spawnSync('python3', ['-c', 'import networkx; print(networkx.__version__)'], {
    encoding: 'utf8',
  });
  if (probe.error) return `python3 cannot be run here (${probe.error.message})`;
  if (probe.status !== 0)
    return `python3 has no networkx (${probe.stderr.trim().split('\n').pop()})`;
  return null;
}

const missing = networkxMissing();
if (missing) console.log(`Skipping the NetworkX reader tests: ${missing}`);

/** What NetworkX read: the graph's class, its nodes' colours, its edges with their data. */
type Read = {
  graph: string;
  directed: boolean;
  nodes: { id: string; color: string | null }[];
  edges: { source: string; target: string; id: string | null; directed: boolean | null }[];
};

const READ = `
import json, sys, networkx as nx
path = sys.argv[1]
g = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
def color(d):
    c = d.get('viz', {}).get('color')
    if c: return '#%02x%02x%02x' % (c['r'], c['g'], c['b'])
    return d.get('color')
# GraphML ids are the multigraph's edge keys; GEXF ids are also kept as an 'id' attribute
edges = [(u, v, d.get('id', k), d) for u, v, k, d in g.edges(keys=True, data=True)] if g.is_multigraph() else [(u, v, d.get('id'), d) for u, v, d in g.edges(data=True)]
out = {
  'graph': type(g).__name__,
  'directed': g.is_directed(),
  'nodes': [{'id': n, 'color': color(d)} for n, d in g.nodes(data=True)],
  'edges': [{'source': e[0], 'target': e[1], 'id': e[2], 'directed': e[-1].get('directed')} for e in edges],
}
print(json.dumps(out))
`;

function readWithNetworkx(path: string): Read {
  const run = spawnSync('python3', ['-c', READ, path], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`NetworkX could not read ${path}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Read;
}

const TSX = join('node_modules', '.bin', 'tsx');

function exportWithCli(format: 'gexf' | 'graphml'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-nx-')), `graph.${format}`);
  const run = spawnSync(TSX, [join('src', 'cli', 'export.ts'), '--format', format, '--out', file], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return file;
}

function defaultGraph() {
  const result = readDatasetFile(DEFAULT_DATASET);
  if (!result.ok) throw new Error('the default dataset should be valid');
  return buildGraph(result.dataset);
}

describe.skipIf(missing !== null).each(['gexf', 'graphml'] as const)(
  'NetworkX reads npm run export --format %s',
  (format) => {
    const graph = defaultGraph();
    const file = exportWithCli(format);
    const read = readWithNetworkx(file);

    it('with every node and its colour', () => {
      expect(read.nodes.map((n) => n.id)).toEqual(graph.nodes());
      expect(read.nodes.map((n) => n.color)).toEqual(
        graph.mapNodes((_n, a) => a.color.toLowerCase()),
      );
    });

    it('with every edge, as a directed multigraph whose edges say their own direction', () => {
      expect(graph.someEdge((e) => graph.isUndirected(e))).toBe(true);
      expect(graph.someEdge((e) => graph.isDirected(e))).toBe(true);
      expect(read.graph).toBe('MultiDiGraph');
      expect(read.edges).toHaveLength(graph.size);
      const byId = new Map(read.edges.map((e) => [e.id, e]));
      graph.forEachEdge((edge, _a, source, target) => {
        expect(byId.get(edge)).toEqual({
          id: edge,
          source,
          target,
          directed: graph.isDirected(edge),
        });
      });
    });

    it('and Parley reads the same file back with each direction', () => {
      const result = importText(file, readFileSync(file, 'utf8'), nodeXml);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.graph.mapEdges((e) => result.graph.isDirected(e))).toEqual(
        graph.mapEdges((e) => graph.isDirected(e)),
      );
    });
  },
);

describe.skipIf(missing !== null)('NetworkX reads a graph with one kind of edge', () => {
  it.each([
    { format: 'gexf', write: exportGexf, undirected: false },
    { format: 'gexf', write: exportGexf, undirected: true },
    { format: 'graphml', write: exportGraphml, undirected: false },
    { format: 'graphml', write: exportGraphml, undirected: true },
  ] as const)(
    'as $format (undirected: $undirected), self-loops included, in the graph’s own direction',
    ({ format, write, undirected }) => {
      const copy = importText(
        'loops.json',
        JSON.stringify({
          nodes: [{ key: 'a' }, { key: 'b' }],
          edges: [
            { key: 'loop', source: 'a', target: 'a', undirected },
            { key: 'ab', source: 'a', target: 'b', undirected },
          ],
        }),
      );
      if (!copy.ok) throw new Error(JSON.stringify(copy.problems));
      const file = join(mkdtempSync(join(tmpdir(), 'parley-nx-')), `loops.${format}`);
      writeFileSync(file, write(copy.graph));
      const read = readWithNetworkx(file);
      expect(read.directed).toBe(!undirected);
      expect(read.edges.map((e) => [e.source, e.target, e.id, e.directed])).toEqual([
        ['a', 'a', 'loop', null],
        ['a', 'b', 'ab', null],
      ]);
    },
  );
});
