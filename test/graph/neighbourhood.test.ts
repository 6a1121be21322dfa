// The neighbourhood of an entity: itself and everything one or two relations away, either way.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { neighbourhood } from '../../src/graph/neighbourhood';
import { miniDataset } from '../fixtures/mini-dataset';

const graph = buildGraph(miniDataset(), { layout: false });
const sorted = (set: Set<string>) => [...set].sort();

describe('neighbourhood', () => {
  it('holds the centre and its direct neighbours at one hop, whichever way relations point', () => {
    expect(sorted(neighbourhood(graph, 'ana', 1))).toEqual(['ana', 'bo', 'land']);
    // land is only ever a target (ana represents land), yet ana is its neighbour.
    expect(sorted(neighbourhood(graph, 'land', 1))).toEqual(['ana', 'land']);
    expect(sorted(neighbourhood(graph, 'summit', 1))).toEqual(['bo', 'summit']);
  });

  it('reaches neighbours of neighbours at two hops', () => {
    expect(sorted(neighbourhood(graph, 'land', 2))).toEqual(['ana', 'bo', 'land']);
    expect(sorted(neighbourhood(graph, 'summit', 2))).toEqual(['ana', 'bo', 'summit']);
    expect(sorted(neighbourhood(graph, 'ana', 2))).toEqual(['ana', 'bo', 'land', 'summit']);
  });

  it('names the call for an unknown node or a hop count it does not support', () => {
    expect(() => neighbourhood(graph, 'nobody', 1)).toThrow('neighbourhood: unknown node "nobody"');
    expect(() => neighbourhood(graph, 'ana', 3 as 1)).toThrow('neighbourhood: hops must be 1 or 2');
  });
});
