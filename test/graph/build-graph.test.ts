// Dataset → graph: every entity a node and every relation an edge with its attributes,
// deterministic positions, and an export that graphology reads back without loss.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph, createEmptyGraph } from '../../src/graph/build-graph';
import { KIND_COLORS } from '../../src/graph/palette';
import { exportGraph } from '../../src/io/export-json';
import { generateSynthetic } from '../fixtures/generate';
import { miniDataset } from '../fixtures/mini-dataset';

describe('buildGraph', () => {
  const dataset = miniDataset();
  const graph = buildGraph(dataset);

  it('has one node per entity and one edge per relation, parallel relations kept apart', () => {
    expect(graph.order).toBe(dataset.entities.length);
    expect(graph.size).toBe(dataset.relations.length);
    expect(graph.edges('ana', 'bo').sort()).toEqual(['r1', 'r2']);
  });

  it('keeps direction as the dataset says', () => {
    expect(graph.isUndirected('r1')).toBe(true);
    expect(graph.isDirected('r2')).toBe(true);
    expect(graph.source('r2')).toBe('ana');
  });

  it('colours by kind and sizes by number of neighbours', () => {
    expect(graph.getNodeAttribute('ana', 'color')).toBe(KIND_COLORS.person);
    expect(graph.getNodeAttribute('land', 'color')).toBe(KIND_COLORS.country);
    // ana has two neighbours (bo, land); summit has one.
    expect(graph.getNodeAttribute('ana', 'size')).toBeGreaterThan(
      graph.getNodeAttribute('summit', 'size'),
    );
  });

  it('carries evidence, dates and tone on edges, and sources on the graph', () => {
    expect(graph.getEdgeAttributes('r2')).toMatchObject({
      kind: 'criticism',
      date: '2025-05',
      dateApproximate: true,
      tone: 'verbal-conflict',
      evidence: [{ source: 'a2', quote: 'Ana criticised Bo.' }],
    });
    expect(graph.getAttribute('sources')).toHaveLength(2);
  });

  it('lays out deterministically: two builds give identical, finite, distinct positions', () => {
    const again = buildGraph(miniDataset());
    const positions = graph.mapNodes((n, a) => [n, a.x, a.y]);
    expect(again.mapNodes((n, a) => [n, a.x, a.y])).toEqual(positions);
    for (const [, x, y] of positions) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
    expect(new Set(positions.map(([, x, y]) => `${x},${y}`)).size).toBe(positions.length);
  });
});

describe('buildGraph on adjacency in dictionary mode', () => {
  // buildGraph switches graphology's per-node neighbour objects to V8's dictionary mode before
  // the edges go in; the graph must read exactly as one built the plain way.
  const { dataset } = generateSynthetic({ nodes: 300, relationsPerNode: 5, seed: 11 });
  const plain = () => {
    const graph = createEmptyGraph({ title: '', schemaVersion: 1, sources: [] });
    for (const { id } of dataset.entities) graph.addNode(id);
    for (const { id, source, target, directed } of dataset.relations) {
      if (directed) graph.addDirectedEdgeWithKey(id, source, target);
      else graph.addUndirectedEdgeWithKey(id, source, target);
    }
    return graph;
  };
  const reads = (graph: ReturnType<typeof plain>) =>
    graph.mapNodes((node) => [
      graph.neighbors(node),
      graph.outEdges(node),
      graph.inEdges(node),
      graph.undirectedEdges(node),
      graph.outNeighbors(node),
    ]);

  it('reads the same neighbours and edges, in the same order, before and after removals', () => {
    const built = buildGraph(dataset, { layout: false });
    const reference = plain();
    expect(reads(built)).toEqual(reads(reference));
    const [a, b] = [dataset.relations[0], dataset.relations[1]];
    for (const graph of [built, reference]) {
      graph.dropEdge(a?.id ?? '');
      graph.dropNode(b?.source ?? '');
    }
    expect(reads(built)).toEqual(reads(reference));
    const pairs = (graph: ReturnType<typeof plain>) =>
      dataset.relations.map(({ source, target }) =>
        graph.hasNode(source) && graph.hasNode(target)
          ? [graph.hasDirectedEdge(source, target), graph.areNeighbors(source, target)]
          : null,
      );
    expect(pairs(built)).toEqual(pairs(reference));
  });
});

describe('exportGraph', () => {
  const graph = buildGraph(miniDataset());

  it('round-trips through Graph.from with the same nodes, edges and attributes', () => {
    const document = JSON.parse(JSON.stringify(exportGraph(graph)));
    const back = Graph.from(document);
    expect(back.type).toBe('mixed');
    expect(back.multi).toBe(true);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((node, attributes) => {
      expect(back.getNodeAttributes(node)).toEqual(attributes);
    });
    graph.forEachEdge((edge, attributes, source, target) => {
      expect(back.getEdgeAttributes(edge)).toEqual(attributes);
      expect(back.extremities(edge)).toEqual([source, target]);
      expect(back.isDirected(edge)).toBe(graph.isDirected(edge));
    });
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });

  it('exports a view: only the chosen nodes and the edges between them', () => {
    const view = exportGraph(graph, { nodes: new Set(['ana', 'bo']) });
    expect(view.nodes.map((n) => n.key).sort()).toEqual(['ana', 'bo']);
    expect(view.edges.map((e) => e.key).sort()).toEqual(['r1', 'r2']);
    const narrower = exportGraph(graph, { nodes: new Set(['ana', 'bo']), edges: new Set(['r2']) });
    expect(narrower.edges.map((e) => e.key)).toEqual(['r2']);
    expect(Graph.from(narrower).size).toBe(1);
  });
});
