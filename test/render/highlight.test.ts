// What stands out when an entity or a relation is selected, and which items a change of
// highlight re-draws: only those entering or leaving it (the rest is faded by a uniform).
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { changedByHighlight, computeHighlight, NO_HIGHLIGHT } from '../../src/render/highlight';
import { INITIAL_STATE } from '../../src/state/app-state';
import { createViewDeriver } from '../../src/state/derive-view';
import { miniDataset } from '../fixtures/mini-dataset';

const graph = buildGraph(miniDataset(), { layout: false });
const view = createViewDeriver(graph)(INITIAL_STATE);
const selecting = (type: 'entity' | 'relation', id: string) =>
  computeHighlight(graph, { ...INITIAL_STATE, selection: { type, id } }, view);

describe('computeHighlight', () => {
  it('holds the selected entity, its neighbours and its relations', () => {
    const highlight = selecting('entity', 'ana');
    expect([...(highlight.nodes ?? [])].sort()).toEqual(['ana', 'bo', 'land']);
    expect([...(highlight.edges ?? [])].sort()).toEqual(['r1', 'r2', 'r3']);
    expect([...highlight.labelled]).toEqual(['ana']);
  });

  it('holds a selected relation with both its ends', () => {
    const highlight = selecting('relation', 'r4');
    expect([...(highlight.nodes ?? [])].sort()).toEqual(['bo', 'summit']);
    expect([...(highlight.edges ?? [])]).toEqual(['r4']);
    expect(highlight.labelledEdge).toBe('r4');
  });

  it('adds the ends of a highlighted edge that the path does not stop at', () => {
    const state = { ...INITIAL_STATE, selection: { type: 'relation' as const, id: 'r4' } };
    const path = { ...view, pathNodes: new Set(['ana']), pathEdges: new Set<string>() };
    const highlight = computeHighlight(graph, state, path);
    expect([...(highlight.nodes ?? [])].sort()).toEqual(['ana', 'bo', 'summit']);
    expect(path.pathNodes).toEqual(new Set(['ana'])); // the view's own set is left as it was
  });

  it('highlights nothing when nothing is selected or hovered', () => {
    expect(computeHighlight(graph, INITIAL_STATE, view)).toMatchObject({
      nodes: null,
      edges: null,
    });
  });
});

describe('changedByHighlight', () => {
  it('from nothing to a selection: the selection and its neighbourhood only', () => {
    const changed = changedByHighlight(NO_HIGHLIGHT, selecting('entity', 'ana'));
    expect(changed.nodes.sort()).toEqual(['ana', 'bo', 'land']);
    expect(changed.edges.sort()).toEqual(['r1', 'r2', 'r3']);
    expect(changed.nodes).not.toContain('summit');
    expect(changed.edges).not.toContain('r4');
  });

  it('from one selection to another: what either holds, nothing else', () => {
    const changed = changedByHighlight(selecting('entity', 'ana'), selecting('relation', 'r4'));
    expect(changed.nodes.sort()).toEqual(['ana', 'bo', 'land', 'summit']);
    expect(changed.edges.sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('back to nothing: the items that were highlighted', () => {
    const changed = changedByHighlight(selecting('relation', 'r4'), NO_HIGHLIGHT);
    expect(changed.nodes.sort()).toEqual(['bo', 'summit']);
    expect(changed.edges).toEqual(['r4']);
  });
});
