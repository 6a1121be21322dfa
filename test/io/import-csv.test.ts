// CSV import as journalists keep graphs: Parley's own CSV export back again, Gephi's spreadsheet
// layout, Kumu's, a single edges table; commas, semicolons or tabs, quoted fields, CRLF and a BOM;
// every problem named as `file: row N, column "X": problem`, every change in the report.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, readDatasetFile } from '../../src/cli/dataset-file';
import { buildGraph } from '../../src/graph/build-graph';
import { exportCsv } from '../../src/io/export-csv';
import { formatImportProblems, importFiles, importText } from '../../src/io/import-file';
import { formatImportNotice } from '../../src/io/import-report';

function imported(files: { name: string; text: string }[]) {
  const result = importFiles(files, { layout: false });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result;
}

function problems(files: { name: string; text: string }[]): string[] {
  const result = importFiles(files, { layout: false });
  if (result.ok) throw new Error('expected problems');
  return formatImportProblems(files[0]?.name ?? '', result.problems);
}

describe("Parley's own CSV export", () => {
  const dataset = readDatasetFile(DEFAULT_DATASET);
  if (!dataset.ok) throw new Error('the default dataset should be valid');
  const original = buildGraph(dataset.dataset);
  const { nodes, edges } = exportCsv(original);
  const result = imported([
    { name: 'us-china-nodes.csv', text: nodes },
    { name: 'us-china-edges.csv', text: edges },
  ]);
  const copy = result.graph;

  it('imports back with the same nodes, labels, kinds, aliases, positions, sizes and colours', () => {
    expect(result.format).toBe('csv');
    expect(copy.nodes()).toEqual(original.nodes());
    original.forEachNode((key, a) => {
      const { roles: _roles, ...rest } = a;
      expect(copy.getNodeAttributes(key)).toEqual(rest);
    });
    expect(copy.getAttribute('title')).toBe('us-china');
  });

  it('imports back with the same edges, ends, directions, kinds, labels, dates and tones', () => {
    expect(copy.edges()).toEqual(original.edges());
    original.forEachEdge((key, a, source, target) => {
      expect([...copy.extremities(key), copy.isDirected(key)]).toEqual([
        source,
        target,
        original.isDirected(key),
      ]);
      const { evidence: _evidence, ...rest } = a;
      expect({ ...copy.getEdgeAttributes(key), evidence: undefined }).toEqual({
        ...rest,
        evidence: undefined,
      });
    });
    expect(original.someEdge((_k, a) => a.date !== undefined && a.dateApproximate === true)).toBe(
      true,
    );
  });

  it('says what a CSV cannot hold: roles and evidence written as text', () => {
    expect(result.report.attributesDropped.map((d) => [d.scope, d.name])).toEqual([
      ['entity', 'roles'],
      ['relation', 'evidence'],
    ]);
    expect(formatImportNotice(result.report)).toBe(
      `Imported ${original.order} entities and ${original.size} relations from us-china-nodes.csv and us-china-edges.csv (2 attributes not kept).`,
    );
  });

  it('reads the pair in either order', () => {
    const again = imported([
      { name: 'us-china-edges.csv', text: edges },
      { name: 'us-china-nodes.csv', text: nodes },
    ]);
    expect(again.graph.export()).toEqual(copy.export());
  });

  it('takes off the quote that kept a formula-like text from running', () => {
    const graph = buildGraph(dataset.dataset, { layout: false });
    graph.setNodeAttribute('scott-bessent', 'label', '=SUM(A1)');
    const csv = exportCsv(graph);
    expect(csv.nodes).toContain("'=SUM(A1)");
    const back = imported([
      { name: 'n.csv', text: csv.nodes },
      { name: 'e.csv', text: csv.edges },
    ]);
    expect(back.graph.getNodeAttribute('scott-bessent', 'label')).toBe('=SUM(A1)');
  });
});

const GEPHI_NODES =
  '\uFEFFId;Label;Modularity Class\r\n1;"Ana; the minister";3\r\n2;"Bo ""the"" envoy\r\nof Landia";1\r\n3;Cy;2\r\n';
const GEPHI_EDGES =
  'Source;Target;Type;Id;Label;Weight\r\n1;2;Directed;e1;called;1.0\r\n2;3;Undirected;e2;;2.5\r\n3;3;Directed;e3;;1\r\n';

describe("Gephi's spreadsheet layout", () => {
  const result = imported([
    { name: 'gephi-nodes.csv', text: GEPHI_NODES },
    { name: 'gephi-edges.csv', text: GEPHI_EDGES },
  ]);
  const { graph, report } = result;

  it('reads semicolons, quotes, a line break in a field, CRLF and the BOM', () => {
    expect(graph.nodes()).toEqual(['1', '2', '3']);
    expect(graph.getNodeAttribute('1', 'label')).toBe('Ana; the minister');
    expect(graph.getNodeAttribute('2', 'label')).toBe('Bo "the" envoy\r\nof Landia');
  });

  it('takes the direction from Type, keeps the self-loop, and reports Weight and the rest', () => {
    expect(graph.mapEdges((e) => [e, graph.isDirected(e)])).toEqual([
      ['e1', true],
      ['e2', false],
      ['e3', true],
    ]);
    expect(graph.getEdgeAttributes('e1')).toMatchObject({ label: 'called', kind: 'unknown' });
    expect(report.selfLoops.count).toBe(1);
    expect(report.attributesRenamed).toEqual([
      { scope: 'relation', from: 'Type', to: 'directed', count: 3 },
    ]);
    expect(report.attributesDropped.map((d) => [d.scope, d.name, d.count])).toEqual([
      ['entity', 'Modularity Class', 3],
      ['relation', 'Weight', 3],
    ]);
  });
});

describe("Kumu's layout", () => {
  const elements =
    'Label\tType\tDescription\nAna Ruiz\tperson\tMinister\nBo Li\tperson\t\nLandia\tcountry\t\n';
  const connections =
    'From\tTo\tType\tDirection\nAna Ruiz\tLandia\trepresents\tdirected\nAna Ruiz\tBo Li\tmeeting\tmutual\n';
  const result = imported([
    { name: 'elements.csv', text: elements },
    { name: 'connections.csv', text: connections },
  ]);
  const { graph, report } = result;

  it('keys elements by their label, takes kinds from Type and the direction from Direction', () => {
    expect(graph.nodes()).toEqual(['Ana Ruiz', 'Bo Li', 'Landia']);
    expect(graph.getNodeAttributes('Ana Ruiz')).toMatchObject({
      label: 'Ana Ruiz',
      kind: 'person',
      description: 'Minister',
    });
    expect(
      graph.mapEdges((e) => [
        graph.extremities(e),
        graph.getEdgeAttribute(e, 'kind'),
        graph.isDirected(e),
      ]),
    ).toEqual([
      [['Ana Ruiz', 'Landia'], 'represents', true],
      [['Ana Ruiz', 'Bo Li'], 'meeting', false],
    ]);
    expect(report.entitiesCreated.count).toBe(0);
  });

  it('reports each column read under another name', () => {
    expect(report.attributesRenamed.map((r) => [r.scope, r.from, r.to])).toEqual([
      ['entity', 'Type', 'kind'],
      ['relation', 'From', 'source'],
      ['relation', 'To', 'target'],
      ['relation', 'Type', 'kind'],
      ['relation', 'Direction', 'directed'],
    ]);
    expect(report.keysCreated.count).toBe(2);
  });
});

describe('a single edges CSV', () => {
  it('creates the entities its edges name, and says so', () => {
    const result = importText(
      'trade.csv',
      'source,target,kind\nus,cn,tariff\ncn,us,tariff\ncn,eu,call\n',
      {
        layout: false,
      },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.format).toBe('csv');
    expect(result.graph.nodes()).toEqual(['us', 'cn', 'eu']);
    expect(result.graph.size).toBe(3);
    expect(result.report.entitiesCreated.count).toBe(3);
    expect(result.report.laidOut).toBe(true);
    expect(formatImportNotice(result.report)).toContain(
      '3 entities created for undeclared references',
    );
  });

  it('detects commas, semicolons and tabs alike', () => {
    const graphs = [',', ';', '\t'].map((d) => {
      const text =
        ['source', 'target', 'date'].join(d) + '\n' + ['a', 'b', '2025-05'].join(d) + '\n';
      const result = importText('x.csv', text, { layout: false });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.graph.export();
    });
    expect(graphs[1]).toEqual(graphs[0]);
    expect(graphs[2]).toEqual(graphs[0]);
    expect(graphs[0]?.edges[0]?.attributes?.date).toBe('2025-05');
  });
});

describe('problems name the file, the row and the column', () => {
  const nodes = 'id,label,x\na,Ana,1\nb,Bo,abc\n';

  it.each([
    {
      name: 'a value that is not a number',
      files: [
        { name: 'n.csv', text: nodes },
        { name: 'e.csv', text: 'source,target\na,b\n' },
      ],
      line: 'n.csv: row 3, column "x": "abc" is not a number',
    },
    {
      name: 'an edge without its source',
      files: [{ name: 'e.csv', text: 'Source,Target\na,b\n,b\n' }],
      line: 'e.csv: row 3, column "Source": an edge needs a source node',
    },
    {
      name: 'a date that is not one',
      files: [{ name: 'e.csv', text: 'source,target,date\na,b,2025-13-01\n' }],
      line: 'e.csv: row 2, column "date": ',
    },
    {
      name: 'a direction that is not one',
      files: [{ name: 'e.csv', text: 'source,target,directed\na,b,sometimes\n' }],
      line: 'e.csv: row 2, column "directed": "sometimes" is not a direction (true or false, directed or undirected)',
    },
    {
      name: 'a quote never closed',
      files: [{ name: 'e.csv', text: 'source,target,label\na,b,"never closed\nc,d,x\n' }],
      line: 'e.csv: row 2: a quoted field is never closed (a " is missing)',
    },
    {
      name: 'a row with more fields than the header',
      files: [{ name: 'e.csv', text: 'source,target\na,b,c\n' }],
      line: 'e.csv: row 2: has 3 fields but the header has 2 (a delimiter or quote out of place?)',
    },
    {
      name: 'an edges table without a target column',
      files: [
        { name: 'n.csv', text: 'id\na\n' },
        { name: 'e.csv', text: 'source,weight\na,1\n' },
      ],
      line: 'n.csv: (files): Parley reads one nodes CSV and one edges CSV together; these are 2 table(s) of nodes and 0 of edges (an edges table has source and target columns)',
    },
    {
      name: 'a nodes table without ids or labels',
      files: [{ name: 'n.csv', text: 'weight,colour\n1,#fff\n' }],
      line: 'n.csv: row 1: no column names the entities: expected one called "id", "key", "nodeid", "node" or "label" (any case)',
    },
  ])('$name', ({ files, line }) => {
    const lines = problems(files);
    expect(lines.some((l) => l.startsWith(line))).toBe(true);
  });

  it('refuses a pair that is not two CSV files', () => {
    const result = importFiles(
      [
        { name: 'a.json', text: '{"nodes": []}' },
        { name: 'b.csv', text: 'source,target\na,b\n' },
      ],
      { layout: false },
    );
    expect(result.ok).toBe(false);
  });
});
