// Export, then import the file again: the real dataset comes back with the same nodes, edges,
// ends, directions and attributes through each format Parley writes and reads.
// Positions and sizes are written with JavaScript's shortest round-trip number text, so they come
// back exactly (no tolerance needed); the GEXF and GraphML texts even re-export byte for byte.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, readDatasetFile } from '../../src/cli/dataset-file';
import { buildGraph } from '../../src/graph/build-graph';
import type { ParleyGraph } from '../../src/graph/types';
import { exportGexf } from '../../src/io/export-gexf';
import { exportGraphml } from '../../src/io/export-graphml';
import { exportJsonText } from '../../src/io/export-json';
import { importText } from '../../src/io/import-file';
import { importReportDetails } from '../../src/io/import-report';
import { nodeXml } from './node-dom-parser';

let original: ParleyGraph;

beforeAll(() => {
  const result = readDatasetFile(DEFAULT_DATASET);
  if (!result.ok) throw new Error('the default dataset should be valid');
  original = buildGraph(result.dataset);
});

const FORMATS = [
  { name: 'JSON', file: 'us-china.json', format: 'graphology', write: exportJsonText },
  { name: 'GEXF', file: 'us-china.gexf', format: 'gexf', write: exportGexf },
  { name: 'GraphML', file: 'us-china.graphml', format: 'graphml', write: exportGraphml },
] as const;

function reimport(file: string, text: string): ParleyGraph {
  const result = importText(file, text, nodeXml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  expect(result.laidOut).toBe(false);
  expect(importReportDetails(result.report)).toEqual([]);
  return result.graph;
}

describe.each(FORMATS)('$name → $name', ({ file, format, write }) => {
  it('reads back as the format it was written in', () => {
    const result = importText(file, write(original), nodeXml);
    expect(result.ok && result.format).toBe(format);
  });

  it('keeps node keys and every node attribute (label, kind, aliases, description, roles, x, y, size, color)', () => {
    const copy = reimport(file, write(original));
    expect(copy.nodes()).toEqual(original.nodes());
    original.forEachNode((key, attributes) => {
      expect(copy.getNodeAttributes(key)).toEqual(attributes);
    });
    expect(original.someNode((_k, a) => a.roles !== undefined && a.description !== undefined)).toBe(
      true,
    );
  });

  it('keeps edge keys, ends, directions and every edge attribute (kind, label, date, tone, evidence)', () => {
    const copy = reimport(file, write(original));
    expect(copy.edges()).toEqual(original.edges());
    original.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
      expect(copy.extremities(key)).toEqual([source, target]);
      expect(copy.isUndirected(key)).toBe(undirected);
      expect(copy.getEdgeAttributes(key)).toEqual(attributes);
    });
    expect(original.someEdge((_k, a) => a.dateApproximate === true)).toBe(true);
    expect(original.someEdge((key) => original.isUndirected(key))).toBe(true);
    expect(original.someEdge((key) => original.isDirected(key))).toBe(true);
  });

  it('keeps the title and the sources', () => {
    const copy = reimport(file, write(original));
    expect(copy.getAttributes()).toEqual(original.getAttributes());
  });

  it('writes the same text again from the imported graph', () => {
    const text = write(original);
    expect(write(reimport(file, text))).toBe(text);
  });

  it('keeps a scoped export (the current view) to its nodes and the edges among them', () => {
    const nodes = new Set(original.nodes().slice(0, 20));
    const copy = reimport(file, write(original, { nodes }));
    expect(new Set(copy.nodes())).toEqual(nodes);
    const expected = original.filterEdges((_k, _a, s, t) => nodes.has(s) && nodes.has(t));
    expect(expected.length).toBeGreaterThan(0);
    expect(copy.edges()).toEqual(expected);
  });
});
