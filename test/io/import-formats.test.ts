// Each format Parley imports, read from a small file like the tool that writes it: Gephi's GEXF,
// yEd's and Gephi's GraphML, Gephi Lite's graphology JSON, Parley's own export and a dataset.
import { describe, expect, it } from 'vitest';
import { colorForKind } from '../../src/graph/palette';
import { importText } from '../../src/io/import-file';
import { importReportDetails } from '../../src/io/import-report';
import { fixture } from './fixtures';
import { nodeXml } from './node-dom-parser';

function imported(name: string) {
  const result = importText(name, fixture(name), nodeXml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { ...result, warnings: importReportDetails(result.report) };
}

describe('importText on files other tools write', () => {
  it('reads a Gephi GEXF with its labels, kinds, viz colours, sizes and positions', () => {
    const { format, graph, laidOut, warnings } = imported('gephi-small.gexf');
    expect(format).toBe('gexf');
    expect(laidOut).toBe(false);
    expect(graph.nodes()).toEqual(['0', '1', '2']);
    expect(graph.getNodeAttributes('0')).toMatchObject({
      label: 'Ana Ruiz',
      kind: 'person',
      aliases: [],
      x: -12.5,
      y: 40.25,
      size: 10,
      color: 'rgba(31,95,168,1.0)',
    });
    expect(graph.getNodeAttributes('2').kind).toBe('unknown');
    expect(graph.getAttribute('title')).toBe('gephi-small');
    expect(graph.getAttribute('sources')).toEqual([]);
    expect(graph.getAttribute('schemaVersion')).toBe(1);
    // The GEXF edge kind becomes the relation kind; defaultedgetype and type="undirected" are kept.
    expect(graph.getEdgeAttributes('0')).toMatchObject({
      kind: 'represents',
      label: 'represents',
      date: '2025-05',
      evidence: [],
    });
    expect(graph.isDirected('0')).toBe(true);
    expect(graph.isUndirected('1')).toBe(true);
    expect(graph.getEdgeAttributes('1')).toMatchObject({ kind: 'unknown', label: 'related to' });
    expect(warnings).toEqual([
      'Gave kind "unknown" to 1 entity and 2 relations that had none.',
      'Gave 2 relations without a label their kind as label ("related to" when they have no kind).',
      'Did not keep graph attribute "creator" (the graph): Parley does not use it.',
      'Did not keep graph attribute "lastModifiedDate" (the graph): Parley does not use it.',
      'Did not keep entity attribute "modularity_class" (3 entities): Parley does not use it.',
      'Did not keep entity attribute "z" (3 entities): a drawing hint Parley does not use.',
      'Did not keep relation attribute "weight" (3 relations): Parley does not use it.',
    ]);
  });

  it('reads a yEd GraphML: labels, fill colours and boxes from its graphics, directed="false" on one edge', () => {
    const { format, graph, laidOut } = imported('yed-small.graphml');
    expect(format).toBe('graphml');
    expect(laidOut).toBe(false);
    expect(graph.getNodeAttributes('n0')).toMatchObject({
      label: 'Ana Ruiz',
      description: 'Minister of Landia',
      kind: 'unknown',
      color: '#FFCC00',
      x: 130,
      y: -215,
    });
    expect(graph.getNodeAttributes('n1')).toMatchObject({ label: 'Bo Li', x: 315, y: -195 });
    expect(graph.isDirected('e0')).toBe(true);
    expect(graph.getEdgeAttribute('e0', 'label')).toBe('criticised');
    expect(graph.isUndirected('e1')).toBe(true);
    expect(graph.extremities('e1')).toEqual(['n1', 'n0']);
  });

  it('reads a Gephi GraphML: x, y, size and the r/g/b colour channels', () => {
    const { graph, warnings } = imported('gephi-small.graphml');
    expect(graph.getNodeAttributes('ana')).toMatchObject({
      label: 'Ana Ruiz',
      kind: 'person',
      x: -12.5,
      y: 40.25,
      size: 10,
      color: '#1f5fa8',
    });
    expect(graph.isDirected('0')).toBe(true);
    expect(warnings).toEqual([
      'Gave kind "unknown" to 1 relation that had none.',
      'Gave 1 relation without a label their kind as label ("related to" when they have no kind).',
      'Read attribute "r, g, b" as "color" (2 entities).',
      'Did not keep relation attribute "weight" (1 relation): Parley does not use it.',
    ]);
  });

  it('reads a Gephi Lite graphology JSON without kinds or positions, laying it out', () => {
    const { format, graph, laidOut } = imported('gephi-lite.json');
    expect(format).toBe('graphology');
    expect(laidOut).toBe(true);
    expect(graph.getAttribute('title')).toBe('Lite graph');
    expect(graph.nodes()).toEqual(['1', '2', '3']);
    expect(graph.getNodeAttributes('3')).toMatchObject({
      label: '3',
      kind: 'unknown',
      aliases: [],
      color: colorForKind('unknown'),
    });
    // An edge without a key gets one; `undirected: true` is kept.
    expect(graph.edges()).toEqual(['e0', 'edge-1']);
    expect(graph.isUndirected('edge-1')).toBe(true);
    expect(graph.getEdgeAttributes('edge-1')).toEqual({
      kind: 'unknown',
      label: 'related to',
      evidence: [],
    });
  });

  it("reads Parley's own JSON export as it is: positions, colours, evidence and sources", () => {
    const text = fixture('parley-export.json');
    const document = JSON.parse(text);
    const { format, graph, laidOut, warnings } = imported('parley-export.json');
    expect(format).toBe('graphology');
    expect(laidOut).toBe(false);
    expect(warnings).toEqual([]);
    // The fixture predates self-loops: Parley's export now says it allows them.
    expect(document.options.allowSelfLoops).toBe(false);
    expect(graph.export()).toEqual({
      ...document,
      options: { ...document.options, type: 'mixed', allowSelfLoops: true },
    });
  });

  it('reads a Parley dataset, validates it and lays it out', () => {
    const { format, graph, laidOut } = imported('parley-dataset.json');
    expect(format).toBe('dataset');
    expect(laidOut).toBe(true);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.getAttribute('title')).toBe('Mini dataset');
    expect(graph.getEdgeAttribute('r1', 'evidence')).toEqual([
      { source: 'a1', quote: 'Ana called Bo.' },
    ]);
  });
});

describe('defaults for graphs that lack Parley attributes', () => {
  const bare = JSON.stringify({
    nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }],
    edges: [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ],
  });

  it('lays out a graph without positions at finite, distinct places', () => {
    const result = importText('bare.json', bare);
    if (!result.ok) throw new Error('expected ok');
    expect(result.laidOut).toBe(true);
    const places = result.graph.mapNodes((_key, a) => [a.x, a.y]);
    for (const [x, y] of places) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
    expect(new Set(places.map(([x, y]) => `${x},${y}`)).size).toBe(4);
  });

  it('gives every node the kind "unknown", its key as label, a size by degree and the unknown colour', () => {
    const result = importText('bare.json', bare);
    if (!result.ok) throw new Error('expected ok');
    const { graph } = result;
    graph.forEachNode((key, a) => {
      expect(a.kind).toBe('unknown');
      expect(a.label).toBe(key);
      expect(a.color).toBe(colorForKind('unknown'));
    });
    expect(graph.getNodeAttribute('b', 'size')).toBeGreaterThan(
      graph.getNodeAttribute('d', 'size'),
    );
    expect(graph.getAttribute('title')).toBe('bare');
  });

  it('keeps the sizes a file gives and computes only the missing ones', () => {
    const text = JSON.stringify({
      nodes: [
        { key: 'a', attributes: { size: 42 } },
        { key: 'b', attributes: {} },
      ],
      edges: [{ source: 'a', target: 'b' }],
    });
    const result = importText('sizes.json', text);
    if (!result.ok) throw new Error('expected ok');
    expect(result.graph.getNodeAttribute('a', 'size')).toBe(42);
    expect(result.graph.getNodeAttribute('b', 'size')).toBeGreaterThan(0);
  });

  it('lays out the whole graph, and says so, when only some nodes have positions', () => {
    const text = JSON.stringify({
      nodes: [{ key: 'a', attributes: { x: 1, y: 2 } }, { key: 'b' }],
      edges: [],
    });
    const result = importText('half.json', text);
    if (!result.ok) throw new Error('expected ok');
    expect(result.laidOut).toBe(true);
    expect(result.report.positionsGiven).toBe(1);
    expect(importReportDetails(result.report)).toContain(
      'Laid out, as only 1 of 2 entities had a position.',
    );
  });

  it('keeps self-loops and names them in the report', () => {
    const text = JSON.stringify({
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [
        { key: 'ab', source: 'a', target: 'b' },
        { key: 'aa', source: 'a', target: 'a' },
      ],
    });
    const result = importText('loops.json', text);
    if (!result.ok) throw new Error('expected ok');
    expect(result.graph.edges()).toEqual(['ab', 'aa']);
    expect(result.graph.extremities('aa')).toEqual(['a', 'a']);
    expect(result.report.selfLoops).toEqual({ count: 1, examples: ['aa'] });
    expect(importReportDetails(result.report)).toContain(
      'Kept 1 relation of an entity with itself ("aa"): the graph does not draw them; the Details panel lists them.',
    );
  });

  it('decodes lists written as JSON text and reads a plain alias as one alias', () => {
    const text = JSON.stringify({
      attributes: {
        sources: '[{"id":"s1","title":"T","publisher":null,"published":null,"url":null}]',
      },
      nodes: [
        { key: 'a', attributes: { aliases: '["A", "Ay"]', roles: '[{"title":"Chair"}]' } },
        { key: 'b', attributes: { aliases: 'Bee' } },
      ],
      edges: [
        { source: 'a', target: 'b', attributes: { evidence: '[{"source":"s1","quote":"q"}]' } },
      ],
    });
    const result = importText('lists.json', text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { graph } = result;
    expect(graph.getNodeAttributes('a')).toMatchObject({
      aliases: ['A', 'Ay'],
      roles: [{ title: 'Chair' }],
    });
    expect(graph.getNodeAttribute('b', 'aliases')).toEqual(['Bee']);
    expect(graph.getEdgeAttribute('edge-0', 'evidence')).toEqual([{ source: 's1', quote: 'q' }]);
    expect(graph.getAttribute('sources')).toHaveLength(1);
  });
});

describe('graphology JSON whose edges name undeclared nodes', () => {
  it('creates them, labelled by their key, of kind "unknown", and reports them', () => {
    const text = JSON.stringify({
      nodes: [{ key: 'a', attributes: { label: 'Ana', x: 0, y: 0 } }],
      edges: [
        { key: 'e1', source: 'a', target: 'ghost' },
        { key: 'e2', source: 'ghost', target: 'other', undirected: true },
      ],
    });
    const result = importText('ghosts.json', text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.graph.nodes()).toEqual(['a', 'ghost', 'other']);
    expect(result.graph.getNodeAttributes('ghost')).toMatchObject({
      label: 'ghost',
      kind: 'unknown',
    });
    expect(result.graph.isUndirected('e2')).toBe(true);
    expect(result.report.entitiesCreated).toEqual({ count: 2, examples: ['ghost', 'other'] });
    // the one declared node had a position: the created ones are placed beside their neighbours
    expect(result.laidOut).toBe(false);
    expect(result.report.positionsPlaced).toBe(2);
    const { x, y } = result.graph.getNodeAttributes('other');
    expect([x, y].every(Number.isFinite)).toBe(true);
  });
});
