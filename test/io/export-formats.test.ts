// The export registry and the XML it writes: what Gephi, Gephi Lite and yEd look for (GEXF viz
// colour/size/position, GraphML typed <key>s, each edge's direction), and text that cannot break
// the XML (markup characters escaped, characters XML forbids dropped).
import Graph from 'graphology';
import { parse as parseGexfAsGephiLite } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { createEmptyGraph } from '../../src/graph/build-graph';
import type { ParleyGraph } from '../../src/graph/types';
import { exportJsonText } from '../../src/io/export-json';
import {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  exportDocuments,
  isExportFormat,
  withSuffix,
} from '../../src/io/formats';
import { importText } from '../../src/io/import-file';
import { escapeXml, stripInvalidXmlChars } from '../../src/io/xml-text';
import { NodeDomParser, nodeXml } from './node-dom-parser';

const TRICKY = 'Tom & "Jerry" <cat> \'n\' mouse\u0001\u0007\uFFFE';

function smallGraph(): ParleyGraph {
  const graph = createEmptyGraph({
    title: 'Small & <tricky>',
    schemaVersion: 1,
    sources: [{ id: 's1', title: 'A "source"', publisher: null, published: '2025-05', url: null }],
  });
  graph.addNode('a', {
    label: TRICKY,
    kind: 'person',
    aliases: ['x<y'],
    description: 'tab\there\nnewline',
    x: 1.25,
    y: -2.5,
    size: 7,
    color: '#1f5fa8',
  });
  graph.addNode('b', {
    label: 'B',
    kind: 'event',
    aliases: [],
    x: 0,
    y: 3,
    size: 4,
    color: '#b0174f',
  });
  graph.addDirectedEdgeWithKey('e1', 'a', 'b', {
    kind: 'call',
    label: 'phoned',
    dateApproximate: false,
    evidence: [{ source: 's1', quote: 'A & B <spoke>' }],
  });
  graph.addUndirectedEdgeWithKey('e2', 'a', 'b', { kind: 'meeting', label: 'met', evidence: [] });
  graph.addUndirectedEdgeWithKey('e3', 'b', 'a', {
    kind: 'meeting',
    label: 'met again',
    evidence: [],
  });
  return graph;
}

const parseXml = (text: string) => new NodeDomParser().parseFromString(text, 'application/xml');

describe('the export registry', () => {
  it('offers json, gexf, graphml and csv with their extension and MIME type', () => {
    expect(EXPORT_FORMAT_NAMES).toEqual(['json', 'gexf', 'graphml', 'csv']);
    expect(EXPORT_FORMATS.gexf).toEqual({ extension: 'gexf', mimeType: 'application/gexf+xml' });
    expect(isExportFormat('graphml')).toBe(true);
    expect(isExportFormat('svg')).toBe(false);
    expect(isExportFormat('constructor')).toBe(false);
  });

  it('gives one document per format, two for CSV (nodes and edges)', () => {
    const graph = smallGraph();
    const json = exportDocuments(graph, 'json');
    expect(json).toEqual([
      { suffix: '', extension: 'json', mimeType: 'application/json', text: exportJsonText(graph) },
    ]);
    const csv = exportDocuments(graph, 'csv');
    expect(csv.map((d) => [d.suffix, d.extension])).toEqual([
      ['-nodes', 'csv'],
      ['-edges', 'csv'],
    ]);
    expect(csv[0]?.text.startsWith('id,label,kind')).toBe(true);
    expect(csv[1]?.text.startsWith('id,source,target')).toBe(true);
  });

  it('applies the scope to every format', () => {
    const graph = smallGraph();
    const scope = { nodes: new Set(['a', 'b']), edges: new Set(['e2']) };
    for (const format of ['json', 'gexf', 'graphml'] as const) {
      const [document] = exportDocuments(graph, format, scope);
      const result = importText(`view.${format}`, document?.text ?? '', nodeXml);
      expect(result.ok && result.graph.edges()).toEqual(['e2']);
    }
  });

  it('puts the suffix before the extension', () => {
    expect(withSuffix('out.csv', '-nodes')).toBe('out-nodes.csv');
    expect(withSuffix('dir.v2/out', '-edges')).toBe('dir.v2/out-edges');
    expect(withSuffix('a.b.csv', '')).toBe('a.b.csv');
  });
});

describe('GEXF export', () => {
  const text = exportDocuments(smallGraph(), 'gexf')[0]?.text ?? '';
  const document = parseXml(text);

  it('is GEXF 1.3 with viz colour, size and position on each node', () => {
    const root = document.documentElement;
    expect(root.tagName).toBe('gexf');
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.getAttribute('xmlns:viz')).toBe('http://gexf.net/1.3/viz');
    const node = document.getElementsByTagName('node')[0];
    const color = node?.getElementsByTagName('viz:color')[0];
    expect(['r', 'g', 'b', 'hex'].map((c) => color?.getAttribute(c))).toEqual([
      '31',
      '95',
      '168',
      null,
    ]);
    expect(node?.getElementsByTagName('viz:size')[0]?.getAttribute('value')).toBe('7');
    const position = node?.getElementsByTagName('viz:position')[0];
    expect([position?.getAttribute('x'), position?.getAttribute('y')]).toEqual(['1.25', '-2.5']);
  });

  it('keeps edge ids and kinds, and writes a mixed graph as directed with each edge saying its direction', () => {
    const edges = Array.from(document.getElementsByTagName('edge'));
    const directed = (e: Element) =>
      Array.from(e.getElementsByTagName('attvalue'))
        .find((v) => v.getAttribute('for') === 'directed')
        ?.getAttribute('value');
    expect(
      edges.map((e) => [
        e.getAttribute('id'),
        e.getAttribute('type'),
        e.getAttribute('kind'),
        directed(e),
      ]),
    ).toEqual([
      ['e1', null, 'call', 'true'],
      ['e2', null, 'meeting', 'false'],
      ['e3', null, 'meeting', 'false'],
    ]);
    expect(document.getElementsByTagName('graph')[0]?.getAttribute('defaultedgetype')).toBe(
      'directed',
    );
  });

  it('opens in graphology-gexf (what Gephi Lite uses) as a multigraph with every edge and its direction', () => {
    const graph = parseGexfAsGephiLite(Graph, text);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.size).toBe(3);
    expect(graph.mapEdges((_e, a) => a.directed)).toEqual([true, false, false]);
    expect(graph.getNodeAttributes('a')).toMatchObject({
      kind: 'person',
      x: 1.25,
      y: -2.5,
      size: 7,
      color: 'rgb(31,95,168)',
    });
    expect(graph.getAttribute('title')).toBe('Small & <tricky>');
  });

  it('escapes markup and drops characters XML forbids', () => {
    // xml-writer leaves ">" as is in attributes, which XML allows.
    expect(text).toContain('label="Tom &amp; &quot;Jerry&quot; &lt;cat> \'n\' mouse"');
    expect(text).not.toMatch(/[\u0001\u0007\uFFFE]/);
  });
  it('keeps tabs and line breaks in attribute values through an import', () => {
    const result = importText('small.gexf', text, nodeXml);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.graph.getNodeAttribute('a', 'description')).toBe('tab\there\nnewline');
    expect(result.graph.getNodeAttribute('a', 'label')).toBe('Tom & "Jerry" <cat> \'n\' mouse');
    expect(result.graph.getAttribute('title')).toBe('Small & <tricky>');
  });
});

describe('GraphML export', () => {
  const text = exportDocuments(smallGraph(), 'graphml')[0]?.text ?? '';
  const document = parseXml(text);

  it('declares each attribute once with its type', () => {
    const keys = Array.from(document.getElementsByTagName('key')).map((k) => [
      k.getAttribute('for'),
      k.getAttribute('attr.name'),
      k.getAttribute('attr.type'),
    ]);
    expect(keys).toContainEqual(['node', 'x', 'double']);
    expect(keys).toContainEqual(['node', 'label', 'string']);
    expect(keys).toContainEqual(['edge', 'dateApproximate', 'boolean']);
    expect(keys).toContainEqual(['graph', 'sources', 'string']);
    expect(
      new Set(Array.from(document.getElementsByTagName('key')).map((k) => k.getAttribute('id')))
        .size,
    ).toBe(keys.length);
  });

  it('keeps edge ids, and writes a mixed graph as directed with a directed <data> on each edge', () => {
    expect(document.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('directed');
    const edges = Array.from(document.getElementsByTagName('edge'));
    const directed = (e: Element) =>
      Array.from(e.getElementsByTagName('data')).find(
        (d) => d.getAttribute('key') === 'edge-directed',
      )?.textContent;
    expect(
      edges.map((e) => [e.getAttribute('id'), e.getAttribute('directed'), directed(e)]),
    ).toEqual([
      ['e1', null, 'true'],
      ['e2', null, 'false'],
      ['e3', null, 'false'],
    ]);
  });

  it('writes a graph whose edges agree with the edgedefault alone', () => {
    const graph = smallGraph();
    graph.dropEdge('e1');
    const only = parseXml(exportDocuments(graph, 'graphml')[0]?.text ?? '');
    expect(only.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('undirected');
    const data = Array.from(only.getElementsByTagName('data'));
    expect(data.filter((d) => d.getAttribute('key') === 'edge-directed')).toEqual([]);
    expect(
      Array.from(only.getElementsByTagName('edge')).map((e) => e.getAttribute('directed')),
    ).toEqual([null, null]);
  });

  it('writes colour as #rrggbb and as the r, g, b integers Gephi reads', () => {
    const data = Array.from(
      document.getElementsByTagName('node')[0]?.getElementsByTagName('data') ?? [],
    );
    const value = (key: string) => data.find((d) => d.getAttribute('key') === key)?.textContent;
    expect([value('color'), value('r'), value('g'), value('b')]).toEqual([
      '#1f5fa8',
      '31',
      '95',
      '168',
    ]);
  });

  it('keeps tabs and line breaks in text, escapes markup and drops characters XML forbids', () => {
    const result = importText('small.graphml', text, nodeXml);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.graph.getNodeAttribute('a', 'label')).toBe('Tom & "Jerry" <cat> \'n\' mouse');
    expect(result.graph.getNodeAttribute('a', 'description')).toBe('tab\there\nnewline');
    expect(result.graph.getNodeAttribute('a', 'aliases')).toEqual(['x<y']);
    expect(result.graph.getEdgeAttribute('e1', 'evidence')).toEqual([
      { source: 's1', quote: 'A & B <spoke>' },
    ]);
  });
});

describe('escapeXml', () => {
  it('escapes the five markup characters and keeps whitespace as character references', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('drops C0 controls, lone surrogates and U+FFFE/U+FFFF but keeps astral characters', () => {
    expect(stripInvalidXmlChars('a\u0000b\u001fc\uD800d\uFFFFe\uFFFE😀')).toBe('abcde😀');
  });
});
