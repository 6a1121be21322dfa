// The GEXF export writes exactly the bytes graphology-gexf's writer writes for the same graph
// (what Gephi Lite reads), including escaping and characters XML forbids, once the graph is put
// the way Parley writes it: colours as r/g/b channels (every reader, NetworkX included, needs
// them), and a graph that mixes directed and undirected edges as a directed one whose edges say
// their direction in a `directed` attribute (NetworkX refuses an undirected edge in it).
import { MultiGraph } from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../../src/graph/types';
import { exportGexf } from '../../src/io/export-gexf';
import { stripInvalidXmlChars as clean } from '../../src/io/xml-text';
import { miniDataset } from '../fixtures/mini-dataset';

type Scalar = string | number | boolean;

/** `#1f5fa8` → `rgb(31,95,168)`, which graphology-gexf's writer writes as r, g, b. */
function channels(color: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!hex) return color;
  return `rgb(${[hex[1], hex[2], hex[3]].map((h) => Number.parseInt(h ?? '', 16)).join(',')})`;
}

type Edge = EdgeAttributes & { directed?: boolean };

/** The previous implementation: a scoped copy of the graph through graphology-gexf's writer. */
function referenceGexf(graph: ParleyGraph, keep?: ReadonlySet<string>): string {
  const copy = new MultiGraph<NodeAttributes, Edge>({ type: 'mixed' });
  graph.forEachNode((n, a) => {
    if (!keep || keep.has(n)) copy.addNode(n, a);
  });
  const kept = graph.filterEdges((_e, _a, s, t) => copy.hasNode(s) && copy.hasNode(t));
  const undirectedCount = kept.filter((e) => graph.isUndirected(e)).length;
  const mixed = undirectedCount > 0 && undirectedCount < kept.length;
  for (const e of kept) {
    const [s, t] = graph.extremities(e);
    const a = graph.getEdgeAttributes(e);
    const undirected = graph.isUndirected(e);
    if (mixed) copy.addDirectedEdgeWithKey(e, s, t, { ...a, directed: !undirected });
    else if (undirected) copy.addUndirectedEdgeWithKey(e, s, t, a);
    else copy.addDirectedEdgeWithKey(e, s, t, a);
  }
  copy.replaceAttributes({
    creator: 'Parley',
    description: clean(graph.getAttribute('title') ?? ''),
    title: clean(graph.getAttribute('title') ?? ''),
    sources: clean(JSON.stringify(graph.getAttribute('sources') ?? [])),
  } as never);
  return write<NodeAttributes, Edge, Record<string, Scalar>, Record<string, Scalar>>(copy, {
    version: '1.3',
    formatNode: (_key, a) => {
      const attributes: Record<string, Scalar> = {
        kind: clean(a.kind),
        aliases: clean(JSON.stringify(a.aliases)),
      };
      if (a.description !== undefined) attributes.description = clean(a.description);
      if (a.roles !== undefined) attributes.roles = clean(JSON.stringify(a.roles));
      return {
        label: clean(a.label),
        attributes,
        viz: { color: channels(a.color), size: a.size, x: a.x, y: a.y },
      };
    },
    formatEdge: (_key, a) => {
      const attributes: Record<string, Scalar> = {};
      if (a.directed !== undefined) attributes.directed = a.directed;
      if (a.date !== undefined) attributes.date = clean(a.date);
      if (a.dateApproximate !== undefined) attributes.dateApproximate = a.dateApproximate;
      if (a.tone !== undefined) attributes.tone = a.tone;
      attributes.evidence = clean(JSON.stringify(a.evidence));
      return { label: clean(a.label), kind: clean(a.kind), attributes };
    },
  });
}

describe('exportGexf', () => {
  it('writes the bytes graphology-gexf writes, for the whole graph and for a view', () => {
    const graph = buildGraph(miniDataset(), { layout: false });
    expect(exportGexf(graph)).toBe(referenceGexf(graph));
    const view = new Set(['ana', 'bo']);
    expect(exportGexf(graph, { nodes: view })).toBe(referenceGexf(graph, view));
  });

  it('escapes markup, drops characters XML forbids, and writes rgb() colours as channels', () => {
    const graph = buildGraph(miniDataset(), { layout: false });
    graph.mergeNodeAttributes('ana', {
      label: 'A & B <c> "q" \'s\'\ttab\nline\r\u0001',
      aliases: ['x"y', "it's", '\uD800lone'],
      color: 'rgba(1, 2, 3, 0.5)',
    });
    graph.mergeNodeAttributes('bo', { label: '', color: '', description: '' });
    graph.mergeEdgeAttributes('r1', { label: '', kind: 'k&<>"' });
    graph.setAttribute('title', 'T & <x> "y"\n');
    expect(exportGexf(graph)).toBe(referenceGexf(graph));
  });

  it.each([
    ['a quotation mark', { source: 's"1', quote: 'q' }],
    ['a backslash', { source: 's1', quote: 'a \\ b' }],
    ['an ampersand', { source: 's1', quote: 'a & b' }],
    ['a less-than sign', { source: 's1', quote: 'a < b > c' }],
    ['a line break and a tab', { source: 's1', quote: 'a\nb\tc\u0001' }],
    ['a lone surrogate', { source: 's1', quote: 'lone \uD800 end, pair \uD83D\uDE00' }],
    ['a non-character', { source: 's1', quote: 'end \uFFFF' }],
    ['keys the other way', { quote: 'keys the other way', source: 's1' }],
    ['one more key', { source: 's1', quote: 'one more key', page: 3 }],
    ['a number for a quote', { source: 's1', quote: 42 }],
  ])('writes evidence as the JSON of its items: %s', (_name, odd) => {
    const graph = buildGraph(miniDataset(), { layout: false });
    const [first] = graph.edges();
    const plain = { source: 's1', quote: 'plain text' };
    graph.setEdgeAttribute(first as string, 'evidence', [plain, odd as never, plain]);
    expect(exportGexf(graph)).toBe(referenceGexf(graph));
  });

  it.each([
    ['a quotation mark', 'x"y'],
    ['an ampersand', 'a & b'],
    ['a lone surrogate', 'lone \uD800'],
    ['a number', 42],
  ])('writes aliases as the JSON of the list: %s', (_name, odd) => {
    const graph = buildGraph(miniDataset(), { layout: false });
    graph.setNodeAttribute('ana', 'aliases', ['plain', odd as never, 'plain too']);
    expect(exportGexf(graph)).toBe(referenceGexf(graph));
  });

  it('marks the default edge type from the edges it writes, and each direction when they mix', () => {
    const graph = buildGraph(miniDataset(), { layout: false });
    const undirectedOnly = new Set(['ana', 'bo']);
    const onlyR1 = exportGexf(graph, { nodes: undirectedOnly, edges: new Set(['r1']) });
    expect(onlyR1).toContain('<graph defaultedgetype="undirected">');
    expect(onlyR1).not.toContain('for="directed"');
    const mixed = exportGexf(graph);
    expect(graph.someEdge((e) => graph.isDirected(e))).toBe(true);
    expect(mixed).toContain('<graph defaultedgetype="directed">');
    expect(mixed).not.toMatch(/<edge[^>]* type="/);
    expect(mixed).toContain('<attribute id="directed" title="directed" type="boolean"/>');
    const directions = [...mixed.matchAll(/<attvalue for="directed" value="(\w+)"\/>/g)];
    expect(directions.map((m) => m[1] === 'true')).toEqual(
      graph.mapEdges((e) => graph.isDirected(e)),
    );
  });

  it('writes every colour as r, g, b channels, never as hex alone', () => {
    const graph = buildGraph(miniDataset(), { layout: false });
    graph.setNodeAttribute('ana', 'color', '#0a0B0c');
    graph.setNodeAttribute('bo', 'color', '#abc8');
    const text = exportGexf(graph);
    expect(text).toContain('<viz:color r="10" g="11" b="12"/>');
    expect(text).toContain('<viz:color r="170" g="187" b="204" a="0.533"/>');
    expect(text).not.toContain('hex=');
  });
});
