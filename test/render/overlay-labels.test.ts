// Which names the big-graph overlay draws: the selected or hovered ones always, then the
// biggest of the neighbourhood, never more than FORCED_LABELS_MAX in all.
import { describe, expect, it } from 'vitest';
import { FORCED_LABELS_MAX, labelledNodes } from '../../src/render/highlight';

const neighbourhood = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);

describe('labelledNodes', () => {
  it('names every node of a small neighbourhood', () => {
    const nodes = new Set(['hub', ...neighbourhood(5)]);
    const names = labelledNodes(
      { nodes, edges: new Set(), labelled: new Set(['hub']), labelledEdge: null },
      () => 1,
    );
    expect(names).toEqual(nodes);
  });

  it('keeps the selected node and the biggest others when the neighbourhood is large', () => {
    const nodes = new Set(['hub', ...neighbourhood(300)]);
    const sizeOf = (node: string) => (node === 'hub' ? 0 : Number(node.slice(1)));
    const names = labelledNodes(
      { nodes, edges: new Set(), labelled: new Set(['hub']), labelledEdge: null },
      sizeOf,
    );
    expect(names.size).toBe(FORCED_LABELS_MAX);
    expect(names.has('hub')).toBe(true); // the smallest, but selected
    expect(names.has('n299')).toBe(true);
    expect(names.has('n0')).toBe(false);
  });
});
