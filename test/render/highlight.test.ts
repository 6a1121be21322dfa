// The highlight drawn over the faded graph: what stands out when an entity is selected, and the
// small graph the highlight layer draws (the highlighted items, the ends of their edges).
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { computeHighlight, highlightSubgraph, NO_HIGHLIGHT } from '../../src/render/highlight';
import { INITIAL_STATE } from '../../src/state/app-state';
import { createViewDeriver } from '../../src/state/derive-view';
import { miniDataset } from '../fixtures/mini-dataset';

const graph = buildGraph(miniDataset(), { layout: false });
const view = createViewDeriver(graph)(INITIAL_STATE);

describe('highlightSubgraph', () => {
  it('holds the selected entity, its neighbours and its relations, with their attributes', () => {
    const state = { ...INITIAL_STATE, selection: { type: 'entity' as const, id: 'ana' } };
    const sub = highlightSubgraph(graph, computeHighlight(graph, state, view));
    expect(sub.nodes().sort()).toEqual(['ana', 'bo', 'land']);
    expect(sub.edges().sort()).toEqual(['r1', 'r2', 'r3']);
    expect(sub.isDirected('r2')).toBe(true);
    expect(sub.isDirected('r1')).toBe(false);
    expect(sub.getNodeAttributes('bo')).toEqual(graph.getNodeAttributes('bo'));
    expect(sub.getEdgeAttributes('r3')).toEqual(graph.getEdgeAttributes('r3'));
  });

  it('adds the ends of a highlighted edge that are not highlighted themselves', () => {
    const sub = highlightSubgraph(graph, {
      nodes: new Set(['ana']),
      edges: new Set(['r4']),
      labelled: new Set(['ana']),
      labelledEdge: 'r4',
    });
    expect(sub.nodes().sort()).toEqual(['ana', 'bo', 'summit']);
    expect(sub.edges()).toEqual(['r4']);
  });

  it('is empty when nothing is highlighted', () => {
    expect(highlightSubgraph(graph, NO_HIGHLIGHT).order).toBe(0);
  });
});
