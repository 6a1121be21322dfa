import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { parseDatasetText } from '../../src/data/validate';
import { buildGraph, createEmptyGraph } from '../../src/graph/build-graph';
import { mergeEntities } from '../../src/workspace/commands/merge';
import { datasetText } from '../../src/workspace/dataset-document';
import { inWorkspaceOrder } from '../../src/workspace/order';
import { createWorkspace } from '../../src/workspace/workspace';

const FILE = 'graph-data/us-china-trade-talks.json';
const fileText = () => readFileSync(FILE, 'utf8');
const curated = () => buildGraph(DatasetSchema.parse(JSON.parse(fileText())));

describe('Save dataset', () => {
  it('writes the curated dataset, untouched, as the very file it was opened from', () => {
    const saved = datasetText(curated(), FILE);
    expect(saved).toEqual({ ok: true, text: fileText() });
  });

  it('a merged and re-opened dataset passes the validation and opens with the same counts', () => {
    const ws = createWorkspace(curated());
    ws.run('merge', 'Merge', (tx) => mergeEntities(tx, 'christopher-landau', 'ma-zhaoxu'));
    const saved = datasetText(inWorkspaceOrder(ws.graph, ws.order), 'saved.json');
    if (!saved.ok) throw new Error(saved.problems.join('\n'));
    const reopened = parseDatasetText(saved.text);
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    const graph = buildGraph(reopened.dataset);
    expect([graph.order, graph.size]).toEqual([ws.graph.order, ws.graph.size]);
    expect(datasetText(graph, 'again.json')).toEqual(saved);
  });

  it('lists what keeps an imported graph from being a dataset, naming the file', () => {
    const graph = createEmptyGraph({ title: 'Imported', schemaVersion: 1, sources: [] });
    graph.addNode('a', {
      label: 'A',
      kind: 'unknown',
      aliases: [],
      x: 0,
      y: 0,
      size: 4,
      color: '#999',
    });
    graph.addNode('b', {
      label: 'B',
      kind: 'person',
      aliases: [],
      x: 1,
      y: 1,
      size: 4,
      color: '#999',
    });
    graph.addDirectedEdgeWithKey('e1', 'a', 'b', { kind: 'knows', label: 'knows', evidence: [] });
    const saved = datasetText(graph, 'imported.json');
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.problems.join('\n')).toMatch(/^imported\.json: entities\[0\]\.kind/m);
    expect(saved.problems.join('\n')).toMatch(
      /relations\[0\]\.evidence: a relation needs at least one evidence quote/,
    );
  });
});
