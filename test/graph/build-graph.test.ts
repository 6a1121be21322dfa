// Dataset → graph: every entity a node and every relation an edge with its attributes,
// deterministic positions, and an export that graphology reads back without loss.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
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

describe('buildGraph attributes', () => {
  // Attributes are copied by one object literal per shape when an item's keys are the schema's
  // in order; whatever the item, they must be what `{ id, ...rest }` gives: same keys, same
  // order, same values.
  const evidence = [{ source: 'a1', quote: 'Ana called Bo.' }];
  const optional = { date: '2025-05-22', dateApproximate: true, tone: 'verbal-cooperation' };
  const shapes = [0, 1, 2, 3, 4, 5, 6, 7].map((bits, i) => {
    const relation: Record<string, unknown> = {
      id: `r${i}`,
      source: 'ana',
      target: 'bo',
      kind: 'call',
      label: 'spoke by phone with',
      directed: bits % 2 === 0,
    };
    Object.entries(optional).forEach(([key, value], k) => {
      if (bits & (1 << k)) relation[key] = value;
    });
    relation.evidence = evidence;
    return relation;
  });
  const odd = [
    // keys out of schema order, an unknown key, an optional key present but undefined
    {
      evidence,
      label: 'met',
      kind: 'meeting',
      id: 'x1',
      directed: false,
      source: 'bo',
      target: 'ana',
    },
    { ...shapes[7], id: 'x2', note: 'extra' },
    { ...shapes[0], id: 'x3', date: undefined },
    {
      id: 'x4',
      source: 'ana',
      target: 'bo',
      kind: 'call',
      label: 'called',
      directed: true,
      evidence,
      tone: 'verbal-cooperation',
      date: '2025',
    },
  ];
  const entities = [
    { id: 'ana', label: 'Ana Ruiz', kind: 'person', aliases: ['Ruiz'] },
    { id: 'bo', label: 'Bo Li', kind: 'person', aliases: [], description: 'A minister.' },
    { id: 'cy', label: 'Cy', kind: 'person', aliases: [], roles: [{ title: 'Envoy' }] },
    { id: 'di', label: 'Di', kind: 'person', aliases: [], description: 'D.', roles: [] },
    { kind: 'person', label: 'Ed', aliases: [], id: 'ed' },
    { id: 'fa', label: 'Fa', kind: 'person', aliases: [], extra: 1 },
  ];
  const dataset = {
    ...miniDataset(),
    entities,
    relations: [...shapes, ...odd],
  } as unknown as Dataset;
  const graph = buildGraph(dataset, { layout: false });
  // Object.entries keeps the key order, so toEqual on it compares order too
  const entries = (object: object) => Object.entries(object);

  it('gives each edge exactly the relation less id, source, target and directed, in its order', () => {
    for (const relation of dataset.relations) {
      const { id, source: _s, target: _t, directed: _d, ...rest } = relation;
      expect(entries(graph.getEdgeAttributes(id))).toEqual(entries(rest));
      expect(graph.getEdgeAttributes(id).evidence).toBe(relation.evidence);
    }
  });

  it('gives each node exactly the entity less id, then position, size and colour', () => {
    for (const entity of dataset.entities) {
      const { id, ...rest } = entity;
      const keys = Object.keys(graph.getNodeAttributes(id));
      expect(keys).toEqual([...Object.keys(rest), 'x', 'y', 'size', 'color']);
      expect(graph.getNodeAttributes(id)).toMatchObject(rest);
    }
  });
});

describe('buildGraph on a relation whose end is no entity', () => {
  it('fails naming the end and the id, whichever end it is', () => {
    for (const end of ['source', 'target'] as const) {
      const dataset = miniDataset();
      const relation = dataset.relations[0];
      if (relation) relation[end] = 'nobody';
      expect(() => buildGraph(dataset)).toThrow(`${end} node "nobody" not found`);
    }
  });
});
