// Node size follows the number of distinct neighbours, by square root, between the two bounds.
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  nodeSize,
  nodeSizes,
} from '../../src/graph/build-graph';
import { miniDataset } from '../fixtures/mini-dataset';

describe('node sizes', () => {
  it('runs from the smallest (no neighbour) to the largest (the most connected)', () => {
    expect(nodeSize(0, 4)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(4, 4)).toBe(MAX_NODE_SIZE);
    expect(nodeSize(1, 4)).toBe(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 2);
  });

  it('gives the same sizes as building the graph does', () => {
    const graph = buildGraph(miniDataset(), { layout: false });
    for (const [node, size] of nodeSizes(graph))
      expect(graph.getNodeAttribute(node, 'size')).toBe(size);
    // Ana and Bo have two distinct neighbours each, the most
    expect(nodeSizes(graph).get('ana')).toBe(MAX_NODE_SIZE);
  });
});
