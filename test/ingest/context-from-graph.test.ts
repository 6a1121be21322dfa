import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { contextFromGraph } from '../../src/ingest/context-from-graph';
import { miniDataset } from '../fixtures/mini-dataset';

describe('contextFromGraph', () => {
  it('gives the extractor every entity with its label, kind, aliases and roles', () => {
    const context = contextFromGraph(buildGraph(miniDataset(), { layout: false }));
    expect(context.entities).toEqual(miniDataset().entities);
  });

  it('gives every relation with its ends and kind, and the graph’s sources', () => {
    const context = contextFromGraph(buildGraph(miniDataset(), { layout: false }));
    expect(context.relations).toEqual(
      miniDataset().relations.map(({ id, source, target, kind }) => ({ id, source, target, kind })),
    );
    expect(context.sources).toEqual([{ id: 'a1' }, { id: 'a2' }]);
  });

  it('reads imported graphs whose kinds are outside the vocabulary', () => {
    const graph = buildGraph(miniDataset(), { layout: false });
    graph.setNodeAttribute('land', 'kind', 'unknown');
    graph.setEdgeAttribute('r4', 'kind', 'knows');
    const context = contextFromGraph(graph);
    expect(context.entities.find((e) => e.id === 'land')?.kind).toBe('topic');
    expect(context.relations.map((r) => r.id)).not.toContain('r4');
  });

  it('copies, so the extractor cannot change the graph', () => {
    const graph = buildGraph(miniDataset(), { layout: false });
    const context = contextFromGraph(graph);
    (context.entities[0]?.aliases as string[]).push('Changed');
    expect(graph.getNodeAttribute('ana', 'aliases')).toEqual(['Ruiz']);
  });
});
