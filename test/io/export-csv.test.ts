// The CSV tables a spreadsheet opens: RFC 4180 quoting (quotes doubled, fields with commas or line
// breaks quoted, CRLF line ends), lists as readable text, and no text a spreadsheet would run.
import { describe, expect, it } from 'vitest';
import { createEmptyGraph } from '../../src/graph/build-graph';
import type { ParleyGraph } from '../../src/graph/types';
import { csvField, csvText, EDGE_COLUMNS, exportCsv, NODE_COLUMNS } from '../../src/io/export-csv';

function handMadeGraph(): ParleyGraph {
  const graph = createEmptyGraph({
    title: 'CSV test',
    schemaVersion: 1,
    sources: [
      { id: 's1', title: 'The "Daily", Evening', publisher: null, published: null, url: null },
    ],
  });
  graph.addNode('ana', {
    label: 'Ana "the Minister", Ruiz',
    kind: 'person',
    aliases: ['Ruiz', 'A. R.'],
    description: 'Line one\nline two\r\nline three',
    roles: [{ title: 'Minister', organization: 'land', from: '2025-01' }],
    x: -1.5,
    y: 2,
    size: 10,
    color: '#1f5fa8',
  });
  graph.addNode('land', {
    label: '=HYPERLINK("http://evil.example")',
    kind: 'country',
    aliases: ['+1 Landia', '@land'],
    x: 3,
    y: -4.25,
    size: 4,
    color: '#2a6f2e',
  });
  graph.addDirectedEdgeWithKey('r1', 'ana', 'land', {
    kind: 'represents',
    label: '-represents',
    date: '2025-05',
    dateApproximate: true,
    tone: 'verbal-cooperation',
    evidence: [
      { source: 's1', quote: 'Ana, "minister", of Landia.' },
      { source: 'gone', quote: 'Second quote' },
    ],
  });
  graph.addUndirectedEdgeWithKey('r2', 'land', 'ana', {
    kind: 'call',
    label: 'called',
    evidence: [],
  });
  return graph;
}

describe('csvField and csvText', () => {
  it('leaves plain fields alone and quotes fields with quotes, commas, CR or LF', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('puts a quote mark before text a spreadsheet would read as a formula', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('+33 1 23')).toBe("'+33 1 23");
    expect(csvText('-5')).toBe("'-5");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\tindent')).toBe("'\tindent");
    expect(csvText('\rcr')).toBe('"\'\rcr"');
    expect(csvText('=A1,B1')).toBe('"\'=A1,B1"');
    expect(csvText('a = b')).toBe('a = b');
  });
});

describe('exportCsv', () => {
  const { nodes, edges } = exportCsv(handMadeGraph());

  it('writes a header and one CRLF-ended line per record', () => {
    expect(nodes.startsWith(`${NODE_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(edges.startsWith(`${EDGE_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(nodes.endsWith('\r\n')).toBe(true);
    expect(edges.split('\r\n')).toHaveLength(4); // header, two edges, and the empty end
  });

  it('quotes and doubles quotes in nodes, keeps line breaks inside a quoted field, joins aliases with "; "', () => {
    expect(nodes.split('\r\n')[1]).toBe(
      'ana,"Ana ""the Minister"", Ruiz",person,Ruiz; A. R.,"Line one\nline two',
    );
    expect(nodes).toContain(
      '"Line one\nline two\r\nline three","Minister (=HYPERLINK(""http://evil.example""), 2025-01 to …)",-1.5,2,10,#1f5fa8\r\n',
    );
  });

  it('guards formula-like labels and aliases but writes numbers (even negative) as numbers', () => {
    expect(nodes).toContain(
      'land,"\'=HYPERLINK(""http://evil.example"")",country,\'+1 Landia; @land,,,3,-4.25,4,#2a6f2e\r\n',
    );
  });

  it('writes edges with direction, date, tone and evidence as “quote” — source title joined by " | "', () => {
    const lines = edges.split('\r\n');
    expect(lines[1]).toBe(
      'r1,ana,land,true,represents,\'-represents,2025-05,true,verbal-cooperation,"“Ana, ""minister"", of Landia.” — The ""Daily"", Evening | “Second quote” — gone"',
    );
    expect(lines[2]).toBe('r2,land,ana,false,call,called,,,,');
  });

  it('exports only the scope it is given', () => {
    const scoped = exportCsv(handMadeGraph(), {
      nodes: new Set(['ana', 'land']),
      edges: new Set(['r2']),
    });
    const onlyAna = exportCsv(handMadeGraph(), { nodes: new Set(['ana']) });
    expect(onlyAna.nodes).not.toContain('\r\nland,');
    expect(onlyAna.edges).toBe(`${EDGE_COLUMNS.join(',')}\r\n`);
    expect(scoped.nodes).toBe(nodes);
    expect(scoped.edges.split('\r\n').slice(1, -1)).toEqual(['r2,land,ana,false,call,called,,,,']);
  });
});
