// `npm run export -- --format …` as a person runs it: each format to a file or to stdout, CSV as
// two files (FILE-nodes.csv, FILE-edges.csv), and JSON unchanged from before formats existed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET, readDatasetFile } from '../../src/cli/dataset-file';
import { exportCommand } from '../../src/cli/export';
import { buildGraph } from '../../src/graph/build-graph';
import { exportCsv } from '../../src/io/export-csv';
import { exportGexf } from '../../src/io/export-gexf';
import { exportJsonText } from '../../src/io/export-json';
import { importText } from '../../src/io/import-file';
import { runCli, spawnCli } from '../cli/run-cli';
import { generateDataset } from '../fixtures/generate';
import { nodeXml } from './node-dom-parser';

const runExport = (args: string[]) => runCli('export', exportCommand, args);

function defaultGraph() {
  const result = readDatasetFile(DEFAULT_DATASET);
  if (!result.ok) throw new Error('the default dataset should be valid');
  return buildGraph(result.dataset);
}

describe('npm run export --format', () => {
  it('still prints the same JSON by default', async () => {
    // as a program: the one case that starts tsx, for the entry point and its exit code
    const result = spawnCli('export.ts', []);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(exportJsonText(defaultGraph()));
  });

  it('writes CSV to FILE-nodes.csv and FILE-edges.csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-'));
    const result = await runExport(['--format', 'csv', '--out', join(dir, 'out.csv')]);
    expect(result.status).toBe(0);
    const expected = exportCsv(defaultGraph());
    expect(readFileSync(join(dir, 'out-nodes.csv'), 'utf8')).toBe(expected.nodes);
    expect(readFileSync(join(dir, 'out-edges.csv'), 'utf8')).toBe(expected.edges);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
    expect(result.stderr).toContain(`export: wrote ${join(dir, 'out-nodes.csv')}`);
  });

  it('prints CSV nodes, a blank line, then edges', async () => {
    const result = await runExport(['--format', 'csv']);
    expect(result.status).toBe(0);
    const expected = exportCsv(defaultGraph());
    expect(result.stdout).toBe(`${expected.nodes}\r\n${expected.edges}`);
  });

  it.each(['gexf', 'graphml'])('writes %s that Parley imports back whole', async (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-'));
    const file = join(dir, `graph.${format}`);
    expect((await runExport(['--format', format, '--out', file])).status).toBe(0);
    const result = importText(file, readFileSync(file, 'utf8'), nodeXml);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const graph = defaultGraph();
    expect(result.format).toBe(format);
    expect(result.graph.order).toBe(graph.order);
    expect(result.graph.size).toBe(graph.size);
  });

  it('writes a document of many chunks whole, to a file and to a pipe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-'));
    const dataset = generateDataset({ nodes: 250, seed: 7 });
    const input = join(dir, 'big.json');
    writeFileSync(input, JSON.stringify(dataset));
    const expected = exportGexf(buildGraph(dataset));
    expect(expected.length).toBeGreaterThan(2 * (1 << 18));
    const file = join(dir, 'big.gexf');
    expect((await runExport(['--format', 'gexf', '--out', file, input])).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(expected);
    const piped = await runExport(['--format', 'gexf', input]);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(expected);
  });

  it('says why when the file cannot be written', async () => {
    const result = await runExport([
      '--format',
      'gexf',
      '--out',
      join(tmpdir(), 'no-such-dir', 'x.gexf'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^export: cannot write .*x\.gexf: ENOENT/m);
  });
});
