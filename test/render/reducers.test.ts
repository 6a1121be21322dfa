// What the canvas draws for each node and edge: hidden when filtered out, faded outside the
// highlight, labelled when selected; directed relations with arrows; lines thicker the more
// sources back them. (sigma itself curves parallel relations apart.)
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { NO_HIGHLIGHT } from '../../src/render/highlight';
import {
  CORROBORATION_WIDTHS,
  corroborationWidth,
  FADED_EDGE_COLOR,
  FADED_NODE_COLOR,
  type ReducerContext,
  reduceEdge,
  reduceNode,
  TONE_COLORS,
} from '../../src/render/reducers';
import { miniDataset } from '../fixtures/mini-dataset';

const graph = buildGraph(miniDataset(), { layout: false });
const everything = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
const context = (over: Partial<ReducerContext> = {}): ReducerContext => ({
  graph,
  highlight: NO_HIGHLIGHT,
  visible: everything,
  toneColors: false,
  thinEdges: false,
  ...over,
});
const deepFreeze = (value: unknown): void => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
};
const edgeCopy = (e: string) => graph.getEdgeAttributes(e);

describe('reduceNode', () => {
  it('hides what the filters leave out', () => {
    const ctx = context({ visible: { nodes: new Set(['ana']), edges: new Set() } });
    expect(reduceNode(ctx, 'bo').visibility).toBe('hidden');
    expect(reduceNode(ctx, 'ana').visibility).toBeUndefined();
  });

  it('marks what is in the highlight, and labels the selected one', () => {
    const ctx = context({
      highlight: {
        nodes: new Set(['ana', 'bo']),
        edges: new Set(['r1']),
        labelled: new Set(['ana']),
        labelledEdge: null,
      },
    });
    // outside it: the faded colour, without its name
    expect(reduceNode(ctx, 'land')).toEqual({ color: FADED_NODE_COLOR, labelVisibility: 'hidden' });
    // the selected one: above the rest, its name always shown, in its box
    expect(reduceNode(ctx, 'ana')).toMatchObject({
      depth: 'topNodes',
      labelVisibility: 'visible',
      backdropVisibility: 'visible',
    });
    // a neighbour: above the rest, in its own colour, named (a small neighbourhood)
    expect(reduceNode(ctx, 'bo')).toEqual({
      depth: 'topNodes',
      zIndex: 0,
      labelVisibility: 'visible',
    });
  });

  it('changes nothing of an item while no highlight shows, and fades what is outside one', () => {
    expect(reduceNode(context(), 'land')).toEqual({});
    expect(reduceEdge(context(), 'r4', edgeCopy('r4')).color).not.toBe(FADED_EDGE_COLOR);
    const ctx = context({
      highlight: {
        nodes: new Set(['ana', 'bo']),
        edges: new Set(['r1']),
        labelled: new Set(['ana']),
        labelledEdge: 'r1',
      },
    });
    expect(reduceEdge(ctx, 'r4', edgeCopy('r4'))).toMatchObject({
      color: FADED_EDGE_COLOR,
      depth: 'edges',
    });
    expect(reduceEdge(ctx, 'r1', edgeCopy('r1'))).toMatchObject({ depth: 'topEdges' });
    expect(reduceEdge(ctx, 'r1', edgeCopy('r1')).color).not.toBe(FADED_EDGE_COLOR);
  });

  it('never changes the graph itself, in any state', () => {
    // A graph of its own whose attributes are frozen all the way down: a write through the graph
    // (setNodeAttribute …) or into a value the copy shares (an evidence list) throws.
    const own = buildGraph(miniDataset(), { layout: false });
    const before = JSON.stringify(own.export());
    for (const n of own.nodes()) deepFreeze(own.getNodeAttributes(n));
    for (const e of own.edges()) deepFreeze(own.getEdgeAttributes(e));
    const states: Partial<ReducerContext>[] = [
      {},
      { visible: { nodes: new Set(['ana']), edges: new Set(['r1']) } },
      {
        highlight: {
          nodes: new Set(['ana', 'bo']),
          edges: new Set(['r1']),
          labelled: new Set(['ana']),
          labelledEdge: 'r1',
        },
      },
      { toneColors: true, highlight: { ...NO_HIGHLIGHT, edges: new Set(['r2']) } },
    ];
    for (const state of states) {
      const ctx = context({ graph: own, ...state });
      for (const n of own.nodes()) reduceNode(ctx, n);
      for (const e of own.edges()) reduceEdge(ctx, e, own.getEdgeAttributes(e));
    }
    expect(JSON.stringify(own.export())).toBe(before);
  });
});

describe('reduceEdge', () => {
  it('puts arrowheads on directed relations, and none on thin lines', () => {
    expect(reduceEdge(context(), 'r2', edgeCopy('r2')).head).toBe('arrow');
    expect(reduceEdge(context(), 'r3', edgeCopy('r3')).head).toBe('arrow');
    expect(graph.isDirected('r1')).toBe(false);
    expect(reduceEdge(context(), 'r1', edgeCopy('r1')).head).toBe('none');
    expect(reduceEdge(context({ thinEdges: true }), 'r2', edgeCopy('r2')).head).toBe('none');
  });

  it('shows a label only on the hovered or selected relation', () => {
    const ctx = context({ highlight: { ...NO_HIGHLIGHT, labelledEdge: 'r2' } });
    expect(reduceEdge(ctx, 'r2', edgeCopy('r2'))).toMatchObject({
      label: 'criticised',
      labelVisibility: 'visible',
    });
    expect(reduceEdge(ctx, 'r1', edgeCopy('r1'))).toMatchObject({
      label: '',
      labelVisibility: 'hidden',
    });
  });

  it('colours by tone when asked', () => {
    const ctx = context({ toneColors: true });
    expect(reduceEdge(ctx, 'r2', edgeCopy('r2')).color).toBe(TONE_COLORS['verbal-conflict']);
  });

  it('draws a relation thicker the more distinct sources back it', () => {
    const g = graph.copy();
    g.setEdgeAttribute('r3', 'evidence', [
      { source: 'a1', quote: 'one' },
      { source: 'a1', quote: 'the same article again' },
      { source: 'a2', quote: 'two' },
    ]);
    const ctx = context({ graph: g });
    const one = reduceEdge(ctx, 'r1', { ...g.getEdgeAttributes('r1') }).size ?? 0;
    const two = reduceEdge(ctx, 'r3', { ...g.getEdgeAttributes('r3') }).size ?? 0;
    expect(two).toBeGreaterThan(one);
    expect(one).toBe(corroborationWidth(1));
    expect(corroborationWidth(3)).toBeGreaterThan(corroborationWidth(2));
    expect(corroborationWidth(12)).toBe(CORROBORATION_WIDTHS.at(-1));
    // a highlighted relation stays at least as thick as it was
    const focused = context({
      graph: g,
      highlight: { ...NO_HIGHLIGHT, edges: new Set(['r3']), nodes: new Set(['ana', 'land']) },
    });
    expect(reduceEdge(focused, 'r3', { ...g.getEdgeAttributes('r3') }).size).toBeGreaterThan(two);
  });
});
