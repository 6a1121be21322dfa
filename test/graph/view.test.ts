// The current view and its export: hiding a kind leaves its entities and their relations out
// of "Export view", and never touches the graph itself.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { countByKind, mostConnected, visibleNodes } from '../../src/graph/view';
import { exportGraph } from '../../src/io/export-json';
import { miniDataset } from '../fixtures/mini-dataset';

const graph = buildGraph(miniDataset(), { layout: false });

describe('the current view', () => {
  it('is the whole graph when nothing is hidden', () => {
    expect(visibleNodes(graph, new Set())).toBeUndefined();
    expect(exportGraph(graph, { nodes: visibleNodes(graph, new Set()) }).nodes).toHaveLength(
      graph.order,
    );
  });

  it('exports without the hidden kinds and without relations that touch them', () => {
    const nodes = visibleNodes(graph, new Set(['country', 'event']));
    const view = Graph.from(exportGraph(graph, { nodes }));
    expect(view.nodes().sort()).toEqual(['ana', 'bo']);
    expect(view.edges().sort()).toEqual(['r1', 'r2']);
    expect(graph.order).toBe(4);
  });
});

describe('legend counts and starting points', () => {
  it('counts entities by kind', () => {
    expect(Object.fromEntries(countByKind(graph))).toEqual({ person: 2, country: 1, event: 1 });
  });
  it('starts with the most connected entities', () => {
    expect(mostConnected(graph, 2)).toEqual(['ana', 'bo']);
  });
});
