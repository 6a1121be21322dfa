// How is A connected to B: every shortest path, both ways along relations, avoiding kinds or
// hidden nodes on request, in label order; on a hand-made graph and on the real dataset.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, readDatasetFile } from '../../src/cli/dataset-file';
import { buildGraph, createEmptyGraph } from '../../src/graph/build-graph';
import { allShortestPaths } from '../../src/graph/paths';
import type { ParleyGraph } from '../../src/graph/types';

//   alice ─ usa ═ (two relations) ─ bob       alice → imf ← bob   (directed against the walk)
//   usa ─ dan      alice ─ talks ─ carol ─ dan      eve alone
function handMade(): ParleyGraph {
  const graph = createEmptyGraph({ title: 'paths', schemaVersion: 1, sources: [] });
  const node = (id: string, label: string, kind: string) =>
    graph.addNode(id, { label, kind, aliases: [], x: 0, y: 0, size: 1, color: '#000' });
  node('alice', 'Alice', 'person');
  node('bob', 'Bob', 'person');
  node('carol', 'Carol', 'person');
  node('dan', 'Dan', 'person');
  node('eve', 'Eve', 'person');
  node('usa', 'United States', 'country');
  node('imf', 'IMF', 'organization');
  node('talks', 'Geneva talks', 'event');
  const edge = (key: string, s: string, t: string, directed = false) => {
    const attributes = { kind: 'affiliation', label: key, evidence: [] };
    if (directed) graph.addDirectedEdgeWithKey(key, s, t, attributes);
    else graph.addUndirectedEdgeWithKey(key, s, t, attributes);
  };
  edge('e-alice-usa', 'alice', 'usa');
  edge('e-usa-alice', 'usa', 'alice', true);
  edge('e-usa-bob', 'usa', 'bob');
  edge('e-alice-imf', 'alice', 'imf', true);
  edge('e-bob-imf', 'bob', 'imf', true);
  edge('e-usa-dan', 'usa', 'dan');
  edge('e-alice-talks', 'alice', 'talks');
  edge('e-talks-carol', 'talks', 'carol');
  edge('e-carol-dan', 'carol', 'dan', true);
  return graph;
}

const graph = handMade();

describe('allShortestPaths on a graph drawn by hand', () => {
  it('finds both shortest paths, in label order, whichever way the relations point', () => {
    const result = allShortestPaths(graph, 'alice', 'bob');
    expect(result.length).toBe(2);
    expect(result.paths).toEqual([
      ['alice', 'imf', 'bob'],
      ['alice', 'usa', 'bob'],
    ]);
    expect(result.hops[0]).toEqual([
      { from: 'alice', to: 'imf', edges: ['e-alice-imf'] },
      { from: 'imf', to: 'bob', edges: ['e-bob-imf'] },
    ]);
    expect(result.hops[1]?.[0]).toEqual({
      from: 'alice',
      to: 'usa',
      edges: ['e-alice-usa', 'e-usa-alice'],
    });
  });

  it('caps the number of paths, keeping the first in label order', () => {
    expect(allShortestPaths(graph, 'alice', 'bob', { maxPaths: 1 }).paths).toEqual([
      ['alice', 'imf', 'bob'],
    ]);
    expect(() => allShortestPaths(graph, 'alice', 'bob', { maxPaths: 0 })).toThrow(
      'allShortestPaths: maxPaths must be a positive integer',
    );
  });

  it('takes a longer route through people and events when countries are avoided', () => {
    expect(allShortestPaths(graph, 'alice', 'dan').paths).toEqual([['alice', 'usa', 'dan']]);
    const avoiding = allShortestPaths(graph, 'alice', 'dan', { avoidKinds: new Set(['country']) });
    expect(avoiding.length).toBe(3);
    expect(avoiding.paths).toEqual([['alice', 'talks', 'carol', 'dan']]);
  });

  it('still starts or ends at an entity of an avoided kind', () => {
    const result = allShortestPaths(graph, 'usa', 'carol', { avoidKinds: new Set(['country']) });
    expect(result.paths).toEqual([['usa', 'dan', 'carol']]);
    expect(
      allShortestPaths(graph, 'carol', 'usa', { avoidKinds: new Set(['country']) }).length,
    ).toBe(2);
  });

  it('passes only through visible nodes', () => {
    const visible = new Set(['alice', 'bob', 'usa']);
    expect(allShortestPaths(graph, 'alice', 'bob', { visible }).paths).toEqual([
      ['alice', 'usa', 'bob'],
    ]);
    expect(allShortestPaths(graph, 'alice', 'bob', { visible: new Set() }).length).toBeNull();
  });

  it('returns no path and a null length when there is none', () => {
    expect(allShortestPaths(graph, 'alice', 'eve')).toEqual({ paths: [], hops: [], length: null });
    expect(
      allShortestPaths(graph, 'alice', 'dan', { avoidKinds: new Set(['country', 'event']) }).length,
    ).toBeNull();
  });

  it('gives one path of length 0 from an entity to itself', () => {
    expect(allShortestPaths(graph, 'eve', 'eve')).toEqual({
      paths: [['eve']],
      hops: [[]],
      length: 0,
    });
  });

  it('names the call and the node when a node is unknown', () => {
    expect(() => allShortestPaths(graph, 'alice', 'x')).toThrow(
      'allShortestPaths: unknown node "x"',
    );
    expect(() => allShortestPaths(graph, 'x', 'alice')).toThrow(
      'allShortestPaths: unknown node "x"',
    );
  });

  it('does not change the graph', () => {
    const before = JSON.stringify(graph.export());
    allShortestPaths(graph, 'alice', 'dan', { avoidKinds: new Set(['country']) });
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('allShortestPaths on the real dataset', () => {
  const read = readDatasetFile(DEFAULT_DATASET);
  if (!read.ok) throw new Error(`cannot read ${DEFAULT_DATASET}`);
  const real = buildGraph(read.dataset, { layout: false });

  it('connects Ma Zhaoxu to the IMF, and still does without passing through a country', () => {
    const direct = allShortestPaths(real, 'ma-zhaoxu', 'international-monetary-fund');
    expect(direct.length).not.toBeNull();
    expect(direct.paths.length).toBeGreaterThan(0);
    const avoiding = allShortestPaths(real, 'ma-zhaoxu', 'international-monetary-fund', {
      avoidKinds: new Set(['country']),
    });
    expect(avoiding.length).not.toBeNull();
    expect(avoiding.length).toBeGreaterThanOrEqual(direct.length ?? 0);
    for (const path of [...direct.paths, ...avoiding.paths]) {
      expect(path[0]).toBe('ma-zhaoxu');
      expect(path.at(-1)).toBe('international-monetary-fund');
    }
    for (const path of avoiding.paths) {
      expect(path).toHaveLength((avoiding.length ?? 0) + 1);
      for (const node of path.slice(1, -1))
        expect(real.getNodeAttribute(node, 'kind')).not.toBe('country');
    }
    for (const hops of avoiding.hops)
      for (const hop of hops) expect(hop.edges.length).toBeGreaterThan(0);
  });
});
