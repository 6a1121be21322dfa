import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { contextFromGraph } from '../../src/ingest/context-from-graph';
import { DraftSchema } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
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

  it('leaves out imported keys a draft could not cite, so an article still reads', () => {
    const graph = buildGraph(miniDataset(), { layout: false });
    graph.addNode('Cy Park', { ...graph.getNodeAttributes('bo'), label: 'Cy Park', aliases: [] });
    graph.addUndirectedEdgeWithKey('n/1', 'ana', 'Cy Park', { ...graph.getEdgeAttributes('r1') });
    const context = contextFromGraph(graph);
    expect(context.entities.map((e) => e.id)).not.toContain('Cy Park');
    expect(context.relations.map((r) => r.id)).not.toContain('n/1');
    const draft = ingestArticle('Talks\nAna Ruiz held a call with Cy Park on Monday.\n', context);
    expect(DraftSchema.safeParse(draft).success).toBe(true);
  });
});
