// Fuzzing the import of files a person may drop on the page: random JSON, graphology-shaped
// documents with hostile attributes, mutations of real graphology, GEXF and GraphML files, CSV
// tables with hostile headers and cells, deep
// nesting and huge strings. Each must end in a graph every panel can show or in problems, never
// in an exception and never with a polluted prototype. Run with zod jitless, as the page does.
import '../../src/data/zod-config';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { IMPORT_LIMITS } from '../../src/io/limits';
import { fixture } from '../io/fixtures';
import {
  fuzzImport,
  fuzzSeed,
  graphologyText,
  jsonMutation,
  jsonValueText,
  mutatedText,
  mutatedXml,
  printCounts,
  scaledRuns,
  xmlMutation,
} from './fuzz-helpers';

const started = performance.now();
afterAll(() => printCounts('fuzz-import', started));

const SEED = fuzzSeed();
/** Each property runs `numRuns` times from the suite's seed (see fuzzSeed). */
const runs = (numRuns: number) => ({
  numRuns: scaledRuns(numRuns),
  seed: SEED,
  endOnFailure: true,
});

describe(`importText under fuzzing (seed ${SEED})`, { timeout: 60_000 }, () => {
  it('random JSON values', () => {
    fc.assert(
      fc.property(jsonValueText, (text) => fuzzImport('random JSON value', 'fuzz.json', text)),
      runs(2500),
    );
  });

  it('graphology-shaped documents with hostile keys and attributes', () => {
    fc.assert(
      fc.property(graphologyText, (text) =>
        fuzzImport('graphology-shaped document', 'fuzz.json', text),
      ),
      runs(800),
    );
  });

  it('arbitrary text, with or without a JSON or XML start', () => {
    const prefix = fc.constantFrom('', '{', '[', '<', '\uFEFF{', '  <?xml version="1.0"?>');
    fc.assert(
      fc.property(prefix, fc.string({ unit: 'binary', maxLength: 200 }), (start, rest) =>
        fuzzImport('arbitrary text', 'fuzz.txt', start + rest),
      ),
      runs(1000),
    );
  });

  for (const file of ['parley-export.json', 'gephi-lite.json', 'parley-dataset.json']) {
    it(`mutations of ${file}`, () => {
      const base = fixture(file);
      fc.assert(
        fc.property(fc.array(jsonMutation, { minLength: 1, maxLength: 4 }), (mutations) =>
          fuzzImport(`mutated ${file}`, file, mutatedText(base, mutations)),
        ),
        runs(300),
      );
    });
  }

  for (const file of ['gephi-small.gexf', 'gephi-small.graphml', 'yed-small.graphml']) {
    it(`mutations of ${file}`, () => {
      const base = fixture(file);
      fc.assert(
        fc.property(fc.array(xmlMutation, { minLength: 1, maxLength: 4 }), (mutations) =>
          fuzzImport(`mutated ${file}`, file, mutatedXml(base, mutations)),
        ),
        runs(200),
      );
    });
  }

  it('CSV tables: graph-like headers, hostile cells, stray quotes and delimiters', () => {
    const header = fc.constantFrom(
      'id',
      'Id',
      'label',
      'source',
      'Target',
      'From',
      'to',
      'Type',
      'directed',
      'date',
      'x',
      'size',
      'color',
      'aliases',
      'evidence',
      'roles',
      'Weight',
      '__proto__',
      'constructor',
      '',
    );
    const cell = fc.oneof(
      fc.constantFrom(
        'a',
        'b',
        'toString',
        '__proto__',
        'Directed',
        'mutual',
        '2025-05',
        '1e400',
        '"',
        '""',
        "'=1+1",
        '',
      ),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    const table = fc.record({
      delimiter: fc.constantFrom(',', ';', '\t'),
      newline: fc.constantFrom('\n', '\r\n'),
      headers: fc
        .tuple(fc.boolean(), fc.array(header, { minLength: 1, maxLength: 6 }))
        .map(([edges, rest]) => (edges ? ['source', 'target', ...rest] : rest)),
      rows: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(table, ({ delimiter, newline, headers, rows }) => {
        const line = (cells: string[]) => cells.join(delimiter);
        const text = [line(headers), ...rows.map(line)].join(newline);
        fuzzImport('CSV table', 'fuzz.csv', text);
      }),
      runs(1000),
    );
  });

  it('deep nesting and huge strings, around and far beyond the limits', () => {
    // every combination once (60 documents): the space is small enough to walk whole
    const { maxDepth, maxStringLength } = IMPORT_LIMITS;
    const nested = (d: number) => '['.repeat(d) + ']'.repeat(d);
    for (const d of [maxDepth - 5, maxDepth, maxDepth + 1, 10_000, 1_000_000]) {
      for (const n of [maxStringLength, maxStringLength + 1, 5_000_000]) {
        const big = 'x'.repeat(n);
        const texts = [
          `{"nodes":[{"key":"a","attributes":{"label":${nested(d - 4)}}}]}`,
          `{"nodes":[{"key":"a","attributes":{"label":"${big}"}}]}`,
          `{"nodes":[{"key":"${big}"}]}`,
          `<gexf><graph><nodes><node id="a" label="${big}"/>${'<n>'.repeat(d)}${'</n>'.repeat(d)}</nodes></graph></gexf>`,
        ];
        texts.forEach((text, shape) =>
          fuzzImport('deep or huge document', shape === 3 ? 'deep.gexf' : 'deep.json', text),
        );
      }
    }
  });
});
