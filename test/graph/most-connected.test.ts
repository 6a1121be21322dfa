// The current view and its export: hiding a kind leaves its entities and their relations out
// of "Export view", and never touches the graph itself.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { mostConnected } from '../../src/graph/most-connected';
import { exportGraph } from '../../src/io/export-json';
import { applyFilters, DEFAULT_FILTERS, toggleEntityKind } from '../../src/state/filters';
import { miniDataset } from '../fixtures/mini-dataset';

const graph = buildGraph(miniDataset(), { layout: false });

describe('the current view', () => {
  it('is the whole graph when nothing is hidden', () => {
    const shown = applyFilters(graph, DEFAULT_FILTERS);
    expect(shown.nodes.size).toBe(graph.order);
    expect(exportGraph(graph, shown).nodes).toHaveLength(graph.order);
  });

  it('exports without the hidden kinds and without relations that touch them', () => {
    // what "Export view" passes: the sets the filters leave shown
    const shown = applyFilters(
      graph,
      toggleEntityKind('event')(toggleEntityKind('country')(DEFAULT_FILTERS)),
    );
    const view = Graph.from(exportGraph(graph, shown));
    expect(view.nodes().sort()).toEqual(['ana', 'bo']);
    expect(view.edges().sort()).toEqual(['r1', 'r2']);
    expect(graph.order).toBe(4);
  });
});

describe('starting points', () => {
  it('starts with the most connected entities', () => {
    expect(mostConnected(graph, 2)).toEqual(['ana', 'bo']);
  });
});
