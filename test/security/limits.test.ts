// Every stated limit, one test each: a file (or link, or field) just over the limit is refused
// with a message that names both the limit and the actual value; one at the limit is read.
import '../../src/data/zod-config';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { checkImportSize, importText, MAX_IMPORT_BYTES } from '../../src/io/import-file';
import { IMPORT_LIMITS, scanJson, scanXml } from '../../src/io/limits';
import { parseHash } from '../../src/state/url';
import { miniDataset } from '../fixtures/mini-dataset';
import { nodeXml } from '../io/node-dom-parser';

const problemsOf = (file: string, text: string) => {
  const result = importText(file, text, nodeXml);
  return result.ok ? [] : result.problems;
};
const messages = (file: string, text: string) =>
  problemsOf(file, text).map((p) => `${p.path}: ${p.message}`);

const graphology = (nodes: string[], edges = '[]') =>
  `{"nodes":[${nodes.join(',')}],"edges":${edges}}`;

describe('the import limits table', () => {
  it('states each limit once, as the README quotes it', () => {
    expect(IMPORT_LIMITS).toEqual({
      maxBytes: 20 * 1024 * 1024,
      maxNodes: 200_000,
      maxEdges: 500_000,
      maxStringLength: 10_000,
      maxDepth: 100,
      maxKeyLength: 200,
    });
    expect(MAX_IMPORT_BYTES).toBe(IMPORT_LIMITS.maxBytes);
  });
});

describe('each import limit refuses with the limit and the actual value', {
  timeout: 30_000,
}, () => {
  it('file size', () => {
    expect(checkImportSize('big.json', 25 * 1024 * 1024)?.message).toBe(
      'big.json is 25.0 MB; Parley imports files of at most 20.0 MB',
    );
    expect(checkImportSize('ok.json', MAX_IMPORT_BYTES)).toBeNull();
  });

  it('nodes in a graphology file', () => {
    const nodes = Array.from({ length: IMPORT_LIMITS.maxNodes + 1 }, (_, i) => `{"key":${i}}`);
    expect(messages('many.json', graphology(nodes))).toEqual([
      'nodes: the file has 200,001 nodes; Parley imports at most 200,000',
    ]);
  });

  it('entities in a Parley dataset', () => {
    const doc = miniDataset();
    const text = JSON.stringify(doc).replace(
      '"entities":[',
      `"entities":[${'{},'.repeat(IMPORT_LIMITS.maxNodes + 1 - doc.entities.length)}`,
    );
    expect(messages('many.json', text)).toEqual([
      'entities: the file has 200,001 entities; Parley imports at most 200,000',
    ]);
  });

  it('edges in a graphology file', () => {
    const edges = `[${Array(IMPORT_LIMITS.maxEdges + 1)
      .fill('{"source":1,"target":2}')
      .join(',')}]`;
    expect(messages('many.json', graphology(['{"key":1}', '{"key":2}'], edges))).toEqual([
      'edges: the file has 500,001 edges; Parley imports at most 500,000',
    ]);
  });

  it('nodes in a GEXF file', () => {
    const nodes = '<node id="n"/>'.repeat(IMPORT_LIMITS.maxNodes + 1);
    const text = `<gexf><graph><nodes>${nodes}</nodes></graph></gexf>`;
    expect(messages('many.gexf', text)).toEqual([
      'nodes: the file has 200,001 nodes; Parley imports at most 200,000',
    ]);
  });

  it('length of a JSON string, escapes counted as one character', () => {
    const at = 'x'.repeat(IMPORT_LIMITS.maxStringLength - 1);
    expect(
      problemsOf('ok.json', graphology([`{"key":"a","attributes":{"label":"\\n${at}"}}`])),
    ).toEqual([]);
    const over = 'x'.repeat(IMPORT_LIMITS.maxStringLength + 1);
    expect(
      messages('long.json', `{\n"nodes":[\n{"key":"a","attributes":{"label":"${over}"}}]}`),
    ).toEqual([
      'line 3: a text value is 10,001 characters long; Parley reads text values of at most 10,000 characters',
    ]);
  });

  it('length of an XML attribute value', () => {
    const over = 'x'.repeat(12_345);
    expect(
      messages(
        'long.gexf',
        `<gexf>\n<graph><nodes><node id="a" label="${over}"/></nodes></graph></gexf>`,
      ),
    ).toEqual([
      'line 2: a text value is 12,345 characters long; Parley reads text values of at most 10,000 characters',
    ]);
  });

  it('JSON nesting depth, refused before JSON.parse even a million levels deep', () => {
    const nested = (d: number) =>
      `{"nodes":[{"key":"a","attributes":{"x":${'['.repeat(d)}${']'.repeat(d)}}}]}`;
    expect(scanJson(nested(96)).depth).toBe(100);
    expect(messages('deep.json', nested(96))).not.toContainEqual(expect.stringContaining('nest'));
    expect(messages('deep.json', nested(97))).toEqual([
      'line 1: lists and objects nest 101 levels deep; Parley reads at most 100 levels',
    ]);
    const started = performance.now();
    expect(messages('deeper.json', `[${nested(1_000_000)}]`)).toEqual([
      'line 1: lists and objects nest 1,000,005 levels deep; Parley reads at most 100 levels',
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('XML nesting depth', () => {
    const nested = (d: number) => `<gexf>${'<x>'.repeat(d - 1)}${'</x>'.repeat(d - 1)}</gexf>`;
    expect(scanXml(nested(100)).depth).toBe(100);
    expect(messages('deep.gexf', nested(150_000))).toEqual([
      'line 1: elements nest 150,000 levels deep; Parley reads at most 100 levels',
    ]);
  });

  it('the XML scan skips comments, CDATA, declarations and quoted ">" and "/"', () => {
    const text =
      '<?xml version="1.0"?><!DOCTYPE g [<!ELEMENT g ANY>]><!-- <a><a> --><g a="/>"><![CDATA[<b><b>]]><h/></g>';
    expect(scanXml(text)).toMatchObject({ depth: 1 });
  });

  it('length of a node or edge key', () => {
    const key = 'k'.repeat(IMPORT_LIMITS.maxKeyLength + 1);
    expect(messages('key.json', graphology([`{"key":"${key}"}`]))).toEqual([
      'nodes[0].key: the node key is 201 characters long; Parley reads keys of at most 200 characters',
    ]);
    const edges = `[{"key":"${key}","source":"a","target":"b"}]`;
    expect(messages('key.json', graphology(['{"key":"a"}', '{"key":"b"}'], edges))).toEqual([
      'edges[0].key: the edge key is 201 characters long; Parley reads keys of at most 200 characters',
    ]);
  });

  it('length of a kind', () => {
    const kind = 'k'.repeat(250);
    expect(
      messages('kind.json', graphology([`{"key":"a","attributes":{"kind":"${kind}"}}`])),
    ).toEqual([
      'nodes[0].attributes.kind: is 250 characters long; a kind is at most 200 characters',
    ]);
  });
});

describe('each dataset field limit names the limit and the actual value', () => {
  const entityProblems = (
    change: (e: ReturnType<typeof miniDataset>['entities'][number]) => void,
  ) => {
    const doc = miniDataset();
    change(doc.entities[1]!);
    const result = validateDataset(doc);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('an id of more than 200 characters', () => {
    const doc = miniDataset();
    doc.sources[0]!.id = 'a'.repeat(201);
    const result = validateDataset(doc);
    expect(result.ok ? [] : result.problems[0]).toEqual({
      path: 'sources[0].id',
      message: 'id is longer than 200 characters (it has 201)',
    });
  });

  it('a quote of more than 400 characters', () => {
    const doc = miniDataset();
    doc.relations[0]!.evidence[0]!.quote = 'q'.repeat(401);
    const result = validateDataset(doc);
    expect(result.ok ? [] : result.problems[0]).toEqual({
      path: 'relations[0].evidence[0].quote',
      message: 'longer than 400 characters (it has 401)',
    });
  });

  it('a label, a description, more than 100 aliases', () => {
    expect(entityProblems((e) => (e.label = 'l'.repeat(201)))).toEqual([
      'entities[1].label: longer than 200 characters (it has 201)',
    ]);
    expect(entityProblems((e) => (e.description = 'd'.repeat(2001)))).toEqual([
      'entities[1].description: longer than 2000 characters (it has 2001)',
    ]);
    expect(
      entityProblems((e) => (e.aliases = Array.from({ length: 101 }, (_, i) => `b${i}`))),
    ).toEqual(['entities[1].aliases: more than 100 aliases (it has 101)']);
  });
});

describe('the link limit names the limit and the actual value', () => {
  it('a hash of more than 4000 characters', () => {
    const route = parseHash(`#/entity/${'x'.repeat(4100)}`);
    expect(route).toEqual({
      ok: false,
      reason: 'The link is too long to read: 4108 characters, where Parley reads at most 4000.',
    });
  });
});
