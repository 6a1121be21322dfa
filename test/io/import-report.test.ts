// Every import says what it changed: invented GEXF and GraphML files with self-loops, parallel
// edges, undeclared nodes, mixed directions, dropped and renamed attributes give a report that
// lists each change with its count, and a notice that says them in one line.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { importText } from '../../src/io/import-file';
import {
  emptyReport,
  formatImportNotice,
  type ImportReport,
  importReportDetails,
} from '../../src/io/import-report';
import { miniDataset } from '../fixtures/mini-dataset';
import { nodeXml } from './node-dom-parser';

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><creator>Gephi 0.10</creator></meta>
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="0" title="modularity_class" type="integer"/></attributes>
    <nodes>
      <node id="a" label="Ana"><attvalues><attvalue for="0" value="1"/></attvalues><viz:position x="0" y="0"/><viz:color r="255" g="0" b="0"/></node>
      <node id="b" label="Bo"><viz:position x="10" y="0"/></node>
      <node id="c"><viz:position x="0" y="10"/></node>
    </nodes>
    <edges>
      <edge id="loop" source="a" target="a"/>
      <edge id="d-loop" source="b" target="b" type="directed"/>
      <edge id="p1" source="a" target="b" type="directed"/>
      <edge source="a" target="b" type="directed"/>
      <edge id="to-x" source="c" target="x" weight="2"/>
      <edge id="x-y" source="x" target="y" kind="call"/>
    </edges>
  </graph>
</gexf>`;

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="node" attr.name="kind" attr.type="string"/>
  <key id="r" for="node" attr.name="r" attr.type="int"/>
  <key id="g" for="node" attr.name="g" attr.type="int"/>
  <key id="b" for="node" attr.name="b" attr.type="int"/>
  <key id="proto" for="edge" attr.name="__proto__" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="a"><data key="k">person</data><data key="r">1</data><data key="g">2</data><data key="b">3</data></node>
    <node id="b"><data key="k">person</data></node>
    <node id="n"><graph edgedefault="directed"><node id="inner"/></graph></node>
    <edge id="e1" source="a" target="b" directed="false"><data key="w">1.5</data></edge>
    <edge id="e2" source="a" target="a"><data key="proto">x</data></edge>
    <edge id="e3" source="b" target="ghost"/>
    <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="n"/></hyperedge>
  </graph>
</graphml>`;

function report(name: string, text: string): ImportReport {
  const result = importText(name, text, { ...nodeXml, layout: false });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.report;
}

describe('the report of an invented GEXF', () => {
  const r = report('awkward.gexf', GEXF);

  it('counts the self-loops, the created nodes and the keys it made', () => {
    expect([r.entities, r.relations]).toEqual([5, 6]);
    expect(r.selfLoops).toEqual({ count: 2, examples: ['loop', 'd-loop'] });
    expect(r.entitiesCreated).toEqual({ count: 2, examples: ['x', 'y'] });
    expect(r.keysCreated).toEqual({ count: 1, examples: ['edge-3'] });
  });

  it('keeps the file’s positions and places only the created nodes', () => {
    expect(r.laidOut).toBe(false);
    expect(r.positionsGiven).toBe(3);
    expect(r.positionsPlaced).toBe(2);
  });

  it('names what it defaulted and what it did not keep', () => {
    expect(r.kindsDefaulted).toEqual({ entities: 3, relations: 5 });
    expect(r.labelsDefaulted).toEqual({ entities: 1, relations: 6 });
    expect(r.attributesDropped.map((d) => [d.scope, d.name, d.count])).toEqual([
      ['graph', 'creator', 1],
      ['entity', 'modularity_class', 1],
      ['relation', 'weight', 1],
    ]);
  });

  it('says it in one line', () => {
    expect(formatImportNotice(r)).toBe(
      'Imported 5 entities and 6 relations from awkward.gexf (2 relations of an entity with itself; 2 entities created for undeclared references; kind "unknown" given to 3 entities and 5 relations; 3 attributes not kept; 4 other changes: see details).',
    );
  });
});

describe('the report of an invented GraphML', () => {
  const r = report('awkward.graphml', GRAPHML);

  it('counts the self-loop and the created node', () => {
    expect([r.entities, r.relations]).toEqual([4, 3]);
    expect(r.selfLoops.count).toBe(1);
    expect(r.entitiesCreated.examples).toEqual(['ghost']);
  });

  it('lists what it read under another name, did not keep, or left out', () => {
    expect(r.attributesRenamed).toEqual([
      { scope: 'entity', from: 'r, g, b', to: 'color', count: 1 },
    ]);
    expect(r.attributesDropped.map((d) => [d.scope, d.name, d.count])).toEqual([
      ['relation', '__proto__', 1],
      ['relation', 'weight', 1],
    ]);
    expect(r.leftOut.map((l) => [l.what, l.count])).toEqual([
      ['nested graph', 1],
      ['hyperedge', 1],
    ]);
    expect(formatImportNotice(r)).toContain('1 nested graph left out; 1 hyperedge left out');
  });
});

describe('formatImportNotice', () => {
  it('keeps the notice of an import that changed nothing as it was', () => {
    const r = { ...emptyReport(['plain.json'], 'graphology'), entities: 4, relations: 4 };
    expect(formatImportNotice(r)).toBe('Imported 4 entities and 4 relations from plain.json.');
    expect(importReportDetails(r)).toEqual([]);
  });

  it('puts the layout first, as the notice always did', () => {
    const laidOut = { ...emptyReport(['a.json'], 'graphology'), entities: 2, laidOut: true };
    expect(formatImportNotice(laidOut)).toBe(
      'Imported 2 entities and 0 relations from a.json (laid out, as the file had no positions).',
    );
    const stopped = { ...laidOut, layoutStopped: { done: 40, total: 300 } };
    expect(formatImportNotice(stopped)).toBe(
      'Imported 2 entities and 0 relations from a.json (layout stopped after 40 of 300 iterations, as you asked).',
    );
  });

  it('names both files of a CSV pair', () => {
    const r = emptyReport(['g-nodes.csv', 'g-edges.csv'], 'csv');
    expect(formatImportNotice(r)).toContain('from g-nodes.csv and g-edges.csv.');
  });
});

describe('a dataset with a relation of an entity with itself', () => {
  it('validates, and imports with the self-loop in its place among the relations', () => {
    const dataset = miniDataset();
    const [first] = dataset.relations;
    if (!first) throw new Error('the mini dataset has relations');
    dataset.relations.splice(1, 0, { ...first, id: 'loop', target: first.source });
    expect(validateDataset(dataset).ok).toBe(true);
    const result = importText('loops.json', JSON.stringify(dataset), { layout: false });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.graph.edges()).toEqual(dataset.relations.map((r) => r.id));
    expect(result.graph.extremities('loop')).toEqual([first.source, first.source]);
    expect(result.report.selfLoops.examples).toEqual(['loop']);
    expect(formatImportNotice(result.report)).toContain('1 relation of an entity with itself');
  });
});
