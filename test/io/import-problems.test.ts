// Broken files, each refused with the place in the file and what is wrong, never by throwing:
// the graph already loaded must survive whatever a person drops on the page.
import { describe, expect, it } from 'vitest';
import {
  checkImportSize,
  formatImportProblems,
  type ImportProblem,
  importText,
  MAX_IMPORT_BYTES,
} from '../../src/io/import-file';
import { miniDataset } from '../fixtures/mini-dataset';
import { fixture } from './fixtures';
import { nodeXml } from './node-dom-parser';

const ACCEPTED =
  'Parley reads a Parley dataset (.json), a graphology JSON graph (.json, as Parley and Gephi Lite export), GEXF (.gexf), GraphML (.graphml), or CSV (.csv: an edges table, or a nodes and an edges table together)';

const gexf = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n${body}\n</gexf>`;

const brokenDataset = () => {
  const doc = miniDataset();
  doc.relations[1] = { ...doc.relations[1]!, target: 'nobody' };
  return JSON.stringify(doc);
};

type Case = {
  name: string;
  file: string;
  text: string | (() => string);
  format: string | null;
  problem: ImportProblem;
};

const CASES: Case[] = [
  {
    // xmldom places a mismatched end tag at the line of the element it fails to close.
    name: 'malformed XML (a tag closed by another)',
    file: 'broken.gexf',
    text: gexf('<graph>\n<nodes>\n<node id="a">\n</nodes>\n</graph>'),
    format: 'gexf',
    problem: {
      path: 'line 5',
      message: 'not well-formed XML: Opening and ending tag mismatch: "node" != "nodes"',
    },
  },
  {
    name: 'GEXF with an edge to an undeclared node whose key cannot be a key',
    file: 'dangling.gexf',
    text: gexf(
      '<graph defaultedgetype="directed"><nodes><node id="a"/><node id="b"/></nodes><edges><edge id="e0" source="a" target="b"/><edge id="e1" source="a" target="__proto__"/></edges></graph>',
    ),
    format: 'gexf',
    problem: {
      path: 'edges[1].target',
      message:
        'names an undeclared node whose key is unusable: "__proto__" cannot be used as a node key (it is reserved)',
    },
  },
  {
    name: 'GEXF with two nodes of the same id',
    file: 'twice.gexf',
    text: gexf('<graph><nodes><node id="a"/><node id="a"/></nodes></graph>'),
    format: 'gexf',
    problem: { path: 'nodes[1].id', message: 'duplicate node key "a" (first used at nodes[0])' },
  },
  {
    name: 'GraphML without <graph>',
    file: 'empty.graphml',
    text: '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node"/></graphml>',
    format: 'graphml',
    problem: {
      path: '(root)',
      message: 'the <graphml> element holds no <graph>, so there are no nodes to read',
    },
  },
  {
    name: 'GraphML with a double that is not a number',
    file: 'bad-x.graphml',
    text: '<graphml><key id="x" for="node" attr.name="x" attr.type="double"/><graph><node id="a"><data key="x">left</data></node></graph></graphml>',
    format: 'graphml',
    problem: { path: 'nodes[0].x', message: '"left" is not a number (its key is declared double)' },
  },
  {
    name: 'XML that is neither GEXF nor GraphML',
    file: 'page.xml',
    text: '<html><body/></html>',
    format: null,
    problem: {
      path: '(root)',
      message: `the XML's root element is <html>, not <gexf> or <graphml>; ${ACCEPTED}`,
    },
  },
  {
    name: 'XML declaring entities',
    file: 'laughs.graphml',
    text: '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<graphml/>',
    format: 'graphml',
    problem: {
      path: '(root)',
      message: 'the file declares XML entities (<!ENTITY …>), which Parley does not read',
    },
  },
  {
    name: 'JSON that is not an object',
    file: 'list.json',
    text: '[1, 2, 3]',
    format: null,
    problem: { path: '(root)', message: `the JSON is a list, not an object; ${ACCEPTED}` },
  },
  {
    name: 'JSON with a syntax error (a missing comma)',
    file: 'cut.json',
    text: '{\n  "nodes": [\n    { "key": "a" }\n    { "key": "b" }\n  ]\n}',
    format: null,
    problem: {
      path: 'line 4',
      message: expect.stringMatching(/^not valid JSON: .*position 38/) as unknown as string,
    },
  },
  {
    name: 'JSON of some other kind',
    file: 'other.json',
    text: '{"name": "not a graph"}',
    format: null,
    problem: {
      path: '(root)',
      message: `this JSON has neither "entities" (a Parley dataset) nor "nodes" (a graphology graph); ${ACCEPTED}`,
    },
  },
  {
    name: 'graphology JSON whose nodes are not a list',
    file: 'nodes.json',
    text: '{"nodes": {"a": {}}, "edges": []}',
    format: 'graphology',
    problem: { path: 'nodes', message: 'must be a list (an array) of nodes' },
  },
  {
    name: 'graphology JSON with a node without key',
    file: 'keyless.json',
    text: '{"nodes": [{"key": "a"}, {"attributes": {"label": "B"}}]}',
    format: 'graphology',
    problem: { path: 'nodes[1].key', message: 'is missing: every node needs a key' },
  },
  {
    name: 'graphology JSON with an edge to an undeclared node whose key cannot be a key',
    file: 'dangling.json',
    text: '{"nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "x\\u0001"}]}',
    format: 'graphology',
    problem: {
      path: 'edges[1].target',
      message:
        'names an undeclared node whose key is unusable: the node key "x\\u0001" holds control characters',
    },
  },
  {
    name: 'graphology JSON with duplicate node keys',
    file: 'twice.json',
    text: '{"nodes": [{"key": "a"}, {"key": "b"}, {"key": "a"}]}',
    format: 'graphology',
    problem: { path: 'nodes[2].key', message: 'duplicate node key "a" (first used at nodes[0])' },
  },
  {
    name: 'graphology JSON with duplicate edge keys',
    file: 'twice-edges.json',
    text: '{"nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"key": "e", "source": "a", "target": "b"}, {"key": "e", "source": "b", "target": "a"}]}',
    format: 'graphology',
    problem: { path: 'edges[1].key', message: 'duplicate edge key "e" (first used at edges[0])' },
  },
  {
    name: 'a __proto__ key',
    file: 'proto.json',
    text: '{"nodes": [{"key": "a"}, {"key": "__proto__"}]}',
    format: 'graphology',
    problem: {
      path: 'nodes[1].key',
      message: '"__proto__" cannot be used as a node key (it is reserved)',
    },
  },
  {
    name: 'a node named like an Object.prototype method (graphology loses its edges)',
    file: 'to-string.json',
    text: '{"nodes": [{"key": "a"}, {"key": "toString"}], "edges": [{"source": "a", "target": "toString"}]}',
    format: 'graphology',
    problem: {
      path: 'nodes[1].key',
      message: '"toString" cannot be used as a node key (it is reserved)',
    },
  },
  {
    name: 'a constructor id in GraphML',
    file: 'proto.graphml',
    text: '<graphml><graph><node id="constructor"/></graph></graphml>',
    format: 'graphml',
    problem: {
      path: 'nodes[0].id',
      message: '"constructor" cannot be used as a node key (it is reserved)',
    },
  },
  {
    name: 'an attribute of the wrong type (x as text)',
    file: 'x-text.json',
    text: '{"nodes": [{"key": "a", "attributes": {"x": "12", "y": 3}}]}',
    format: 'graphology',
    problem: { path: 'nodes[0].attributes.x', message: 'must be a number, not text ("12")' },
  },
  {
    name: 'evidence that is not a list of quotes',
    file: 'evidence.json',
    text: '{"nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"source": "a", "target": "b", "attributes": {"evidence": [{"source": "s1", "quote": ""}]}}]}',
    format: 'graphology',
    problem: { path: 'edges[0].attributes.evidence[0].quote', message: 'must not be empty' },
  },
  {
    name: 'a tone outside the four classes',
    file: 'tone.json',
    text: '{"nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"source": "a", "target": "b", "attributes": {"tone": "angry"}}]}',
    format: 'graphology',
    problem: {
      path: 'edges[0].attributes.tone',
      message:
        'must be one of verbal-cooperation, material-cooperation, verbal-conflict, material-conflict',
    },
  },
  {
    name: 'a graph with no nodes',
    file: 'none.json',
    text: '{"nodes": [], "edges": []}',
    format: 'graphology',
    problem: { path: 'nodes', message: 'the graph has no nodes, so there is nothing to show' },
  },
  {
    name: 'a dataset failing integrity',
    file: 'dataset.json',
    text: brokenDataset,
    format: 'dataset',
    problem: { path: 'relations[1].target', message: 'unknown entity "nobody"' },
  },
  {
    name: 'an empty file',
    file: 'empty.json',
    text: '  \n',
    format: null,
    problem: { path: '(root)', message: `the file is empty; ${ACCEPTED}` },
  },
  {
    name: 'binary garbage',
    file: 'photo.gexf',
    text: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000',
    format: null,
    problem: { path: '(root)', message: `this looks like a binary file, not text; ${ACCEPTED}` },
  },
  {
    name: 'plain text',
    file: 'notes.graphml',
    text: 'nodes: a, b',
    format: 'graphml',
    problem: {
      path: '(root)',
      message: `the file starts with neither "{" (JSON) nor "<" (XML); ${ACCEPTED}`,
    },
  },
];

describe('importText refuses broken files with a place and a reason', () => {
  it.each(CASES)('$name', ({ file, text, format, problem }) => {
    const result = importText(file, typeof text === 'function' ? text() : text, nodeXml);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.format).toBe(format);
    expect(result.problems[0]).toEqual(problem);
  });

  it('lists every problem of a file, not only the first', () => {
    const text = JSON.stringify({
      nodes: [{ key: 'a' }, { key: 'a' }, { key: 'b', attributes: { size: -1 } }],
      edges: [{ source: 'a', target: 'constructor' }],
    });
    const result = importText('many.json', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: 'nodes[1].key', message: 'duplicate node key "a" (first used at nodes[0])' },
      {
        path: 'edges[0].target',
        message:
          'names an undeclared node whose key is unusable: "constructor" cannot be used as a node key (it is reserved)',
      },
      { path: 'nodes[2].attributes.size', message: 'must be greater than 0' },
    ]);
  });

  it('sums up past 50 problems in one last line', () => {
    const nodes = Array.from({ length: 60 }, () => ({ key: 'same' }));
    const result = importText('same.json', JSON.stringify({ nodes }));
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toHaveLength(51);
    expect(result.problems[50]).toEqual({
      path: '(file)',
      message: 'and 9 more problem(s) like these',
    });
  });

  it('refuses text over the size limit before parsing it', () => {
    const result = importText(
      'huge.json',
      `{"nodes": [], "pad": "${'x'.repeat(MAX_IMPORT_BYTES)}"}`,
    );
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toEqual([
      { path: '(file)', message: 'huge.json is 20.0 MB; Parley imports files of at most 20.0 MB' },
    ]);
  });

  it('says when XML cannot be read because there is no DOMParser', () => {
    const result = importText('a.gexf', fixture('gephi-small.gexf'), { domParser: null });
    if (result.ok) throw new Error('expected problems');
    expect(result.format).toBe('gexf');
    expect(result.problems[0]?.message).toBe(
      'this environment has no XML parser (DOMParser), so GEXF and GraphML cannot be read here',
    );
  });

  it("reads a browser's <parsererror> document as a syntax problem with its line", () => {
    class ChromeLikeParser {
      parseFromString(): Document {
        return new nodeXml.domParser().parseFromString(
          '<root><parsererror xmlns="http://www.w3.org/1999/xhtml"><h3>This page contains the following errors:</h3><div>error on line 12 at column 7: Opening and ending tag mismatch: node line 11 and nodes\n</div><h3>Below is a rendering of the page up to the first error.</h3></parsererror></root>',
          'application/xml',
        );
      }
    }
    const result = importText('x.gexf', '<gexf></gexf>', { domParser: ChromeLikeParser });
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toEqual([
      {
        path: 'line 12',
        message: 'not well-formed XML: Opening and ending tag mismatch: node line 11 and nodes',
      },
    ]);
  });
});

describe('checkImportSize and formatImportProblems', () => {
  it('accepts a file at the limit and names the limit and the size above it', () => {
    expect(checkImportSize('a.json', MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize('big.gexf', 31.5 * 1024 * 1024)).toEqual({
      path: '(file)',
      message: 'big.gexf is 31.5 MB; Parley imports files of at most 20.0 MB',
    });
  });

  it('prints one "file: path: message" line per problem', () => {
    expect(
      formatImportProblems('g.json', [
        { path: 'nodes[3].key', message: 'is missing: every node needs a key' },
        { path: '(root)', message: 'oops' },
      ]),
    ).toEqual(['g.json: nodes[3].key: is missing: every node needs a key', 'g.json: (root): oops']);
  });
});
