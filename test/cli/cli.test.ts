// The command-line tools as a person runs them: validate prints `file: path: message` and
// exits 1 on a broken file; export writes the same graphology document the browser exports.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/export';
import { validateCommand } from '../../src/cli/validate';
import { miniDataset } from '../fixtures/mini-dataset';
import { runCli, spawnCli } from './run-cli';

const validate = (args: string[]) => runCli('validate', validateCommand, args);

describe('npm run validate', () => {
  it('passes the default dataset', async () => {
    const result = await validate([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/us-china-trade-talks\.json: ok/);
  });

  it('prints each problem as file: path: message and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-'));
    const file = join(dir, 'broken.json');
    const doc = miniDataset();
    doc.relations[0] = { ...doc.relations[0]!, target: 'bessent' };
    writeFileSync(file, JSON.stringify(doc));
    // as a program: the one case that starts tsx, for the entry point and its exit code
    const result = spawnCli('validate.ts', [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: relations[0].target: unknown entity "bessent"`);
  });

  it('names a file that is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-'));
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{ nope');
    const result = await validate([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: (root): not valid JSON`);
  });
});

describe('npm run export', () => {
  it('writes a graphology document in which every edge carries evidence', async () => {
    const result = await runCli('export', exportCommand, []);
    expect(result.status).toBe(0);
    const out = result.stdout;
    const graph = Graph.from(JSON.parse(out));
    const dataset = JSON.parse(readFileSync('graph-data/us-china-trade-talks.json', 'utf8'));
    expect(graph.order).toBe(dataset.entities.length);
    expect(graph.size).toBe(dataset.relations.length);
    graph.forEachEdge((_edge, attributes) => {
      expect(attributes.evidence.length).toBeGreaterThan(0);
    });
  });

  it('refuses a format it does not know, saying which it supports', async () => {
    const result = await runCli('export', exportCommand, ['--format', 'svg']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown format "svg"; supported: json, gexf, graphml, csv');
  });
});
