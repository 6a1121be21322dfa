// What the canvas draws for each node and edge: hidden when filtered out, faded outside the
// highlight, labelled when selected; parallel relations curved, directed ones with arrows; lines
// thicker the more sources back them.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { NO_HIGHLIGHT } from '../../src/render/highlight';
import {
  CORROBORATION_WIDTHS,
  corroborationWidth,
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
  // what render/parallel-edges computes for the two Ana–Bo relations (it needs WebGL to import)
  curvatures: new Map([
    ['r1', -0.25],
    ['r2', 0.25],
  ]),
  thinEdges: false,
  ...over,
});
/** What sigma's renderer hands a reducer: a shallow copy of the graph's own attributes object. */
const asSigmaPasses = <T extends object>(attributes: T): T => Object.assign({}, attributes);
const deepFreeze = (value: unknown): void => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
};
const nodeCopy = (n: string) => asSigmaPasses(graph.getNodeAttributes(n));
const edgeCopy = (e: string) => asSigmaPasses(graph.getEdgeAttributes(e));

describe('reduceNode', () => {
  it('hides what the filters leave out', () => {
    const ctx = context({ visible: { nodes: new Set(['ana']), edges: new Set() } });
    expect(reduceNode(ctx, 'bo', nodeCopy('bo')).hidden).toBe(true);
    expect(reduceNode(ctx, 'ana', nodeCopy('ana')).hidden).toBeUndefined();
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
    // outside it: drawn in the faded colour by the programs, its name not drawn (renderer)
    expect(reduceNode(ctx, 'land', nodeCopy('land'))).toMatchObject({ inFocus: false });
    expect(reduceNode(ctx, 'ana', nodeCopy('ana'))).toMatchObject({
      forceLabel: true,
      highlighted: true,
      inFocus: true,
    });
    expect(reduceNode(ctx, 'bo', nodeCopy('bo'))).toMatchObject({
      color: graph.getNodeAttribute('bo', 'color'),
      forceLabel: true,
      inFocus: true,
    });
  });

  it('draws an item outside the highlight the same whether a highlight shows or not', () => {
    // so a new highlight re-reduces only the items that enter or leave it
    const ctx = context({
      highlight: {
        nodes: new Set(['ana']),
        edges: new Set(['r1']),
        labelled: new Set(['ana']),
        labelledEdge: 'r1',
      },
    });
    expect(reduceNode(ctx, 'land', nodeCopy('land'))).toEqual(
      reduceNode(context(), 'land', nodeCopy('land')),
    );
    expect(reduceEdge(ctx, 'r4', edgeCopy('r4'))).toEqual(
      reduceEdge(context(), 'r4', edgeCopy('r4')),
    );
    expect(reduceEdge(ctx, 'r1', edgeCopy('r1'))).not.toEqual(
      reduceEdge(context(), 'r1', edgeCopy('r1')),
    );
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
      for (const n of own.nodes()) reduceNode(ctx, n, asSigmaPasses(own.getNodeAttributes(n)));
      for (const e of own.edges()) reduceEdge(ctx, e, asSigmaPasses(own.getEdgeAttributes(e)));
    }
    expect(JSON.stringify(own.export())).toBe(before);
  });
});

describe('reduceEdge', () => {
  it('curves parallel relations, keeps single ones straight, and puts arrows on directed ones', () => {
    const ctx = context();
    const r1 = reduceEdge(ctx, 'r1', edgeCopy('r1'));
    const r2 = reduceEdge(ctx, 'r2', edgeCopy('r2'));
    expect(r1.type).toBe('curved');
    expect(r2.type).toBe('curvedArrow');
    expect(r1.curvature).not.toBe(r2.curvature);
    expect(reduceEdge(ctx, 'r3', edgeCopy('r3')).type).toBe('arrow');
  });

  it('shows a label only on the hovered or selected relation', () => {
    const ctx = context({ highlight: { ...NO_HIGHLIGHT, labelledEdge: 'r2' } });
    expect(reduceEdge(ctx, 'r2', edgeCopy('r2'))).toMatchObject({
      label: 'criticised',
      forceLabel: true,
    });
    expect(reduceEdge(ctx, 'r1', edgeCopy('r1'))).toMatchObject({ label: '', forceLabel: false });
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
