// The GEXF export writes exactly the bytes graphology-gexf's writer writes for the same graph
// (what Gephi Lite reads), including escaping, characters XML forbids, and mixed edge types.
import { MultiGraph } from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import type { EdgeAttributes, NodeAttributes, ParleyGraph } from '../../src/graph/types';
import { exportGexf } from '../../src/io/export-gexf';
import { stripInvalidXmlChars as clean } from '../../src/io/xml-text';
import { miniDataset } from '../fixtures/mini-dataset';

type Scalar = string | number | boolean;

/** The previous implementation: a scoped copy of the graph through graphology-gexf's writer. */
function referenceGexf(graph: ParleyGraph, keep?: ReadonlySet<string>): string {
  const copy = new MultiGraph<NodeAttributes, EdgeAttributes>({ type: 'mixed' });
  graph.forEachNode((n, a) => {
    if (!keep || keep.has(n)) copy.addNode(n, a);
  });
  graph.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
    if (!copy.hasNode(s) || !copy.hasNode(t)) return;
    if (undirected) copy.addUndirectedEdgeWithKey(e, s, t, a);
    else copy.addDirectedEdgeWithKey(e, s, t, a);
  });
  copy.replaceAttributes({
    creator: 'Parley',
    description: clean(graph.getAttribute('title') ?? ''),
    title: clean(graph.getAttribute('title') ?? ''),
    sources: clean(JSON.stringify(graph.getAttribute('sources') ?? [])),
  } as never);
  return write<NodeAttributes, EdgeAttributes, Record<string, Scalar>, Record<string, Scalar>>(
    copy,
    {
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
          viz: { color: a.color, size: a.size, x: a.x, y: a.y },
        };
      },
      formatEdge: (_key, a) => {
        const attributes: Record<string, Scalar> = {};
        if (a.date !== undefined) attributes.date = clean(a.date);
        if (a.dateApproximate !== undefined) attributes.dateApproximate = a.dateApproximate;
        if (a.tone !== undefined) attributes.tone = a.tone;
        attributes.evidence = clean(JSON.stringify(a.evidence));
        return { label: clean(a.label), kind: clean(a.kind), attributes };
      },
    },
  );
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

  it('marks the default edge type from the edges it writes', () => {
    const graph = buildGraph(miniDataset(), { layout: false });
    const undirectedOnly = new Set(['ana', 'bo']);
    const onlyR1 = exportGexf(graph, { nodes: undirectedOnly, edges: new Set(['r1']) });
    expect(onlyR1).toContain('<graph defaultedgetype="undirected">');
    expect(exportGexf(graph)).toContain('type="undirected"');
  });
});
