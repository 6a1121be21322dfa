// The derived view the panels read: counts per facet and per kind (after the filters, and after
// the focus), the timeline's items and Play's steps, each following the state it is derived from.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { type AppState, INITIAL_STATE } from '../../src/state/app-state';
import { createViewDeriver } from '../../src/state/derive-view';
import {
  DEFAULT_FILTERS,
  type Filters,
  setAsOf,
  setDateRange,
  toggleEntityKind,
  toggleSource,
} from '../../src/state/filters';
import { miniDataset } from '../fixtures/mini-dataset';

const graph = buildGraph(miniDataset(), { layout: false });
const withFilters = (...producers: Array<(f: Filters) => Filters>): AppState => ({
  ...INITIAL_STATE,
  filters: producers.reduce((f, p) => p(f), DEFAULT_FILTERS),
});

describe('createViewDeriver', () => {
  it('counts entity kinds after the filters and after the focus', () => {
    const derive = createViewDeriver(graph);
    expect(derive(INITIAL_STATE).kinds.get('person')).toEqual({ total: 2, visible: 2 });
    const noCountry = derive(withFilters(toggleEntityKind('country')));
    expect(noCountry.kinds.get('country')).toEqual({ total: 1, visible: 0 });
    expect(noCountry.facets.relationKinds.get('represents')).toEqual({ total: 1, visible: 0 });
    // focused on the summit: only Bo is one hop away
    const focused = derive({ ...INITIAL_STATE, focus: { center: 'summit', hops: 1 } });
    expect(focused.kinds.get('person')).toEqual({ total: 2, visible: 1 });
    expect(focused.kinds.get('event')).toEqual({ total: 1, visible: 1 });
    // the facets count what the filters leave, whatever the focus
    expect(focused.facets.entityKinds.get('person')).toEqual({ total: 2, visible: 2 });
  });

  it('gives the timeline every dated relation, and those a date range fades rather than drops', () => {
    const derive = createViewDeriver(graph);
    expect(derive(INITIAL_STATE).timeline.all.map((i) => i.edge)).toEqual(['r2', 'r1']);
    const ranged = derive(withFilters(setDateRange(null, '2025-05-10')));
    expect([...ranged.filtered.edges]).not.toContain('r1');
    expect(ranged.timeline.shown.map((i) => i.edge)).toEqual(['r2', 'r1']);
    // a hidden source drops its relations from the timeline altogether
    const noA2 = derive(withFilters(toggleSource('a2')));
    expect(noA2.timeline.shown.map((i) => i.edge)).toEqual(['r1']);
  });

  it('steps Play through the days where shown relations start, whatever the As of day', () => {
    const derive = createViewDeriver(graph);
    expect(derive(INITIAL_STATE).timeline.asOfSteps).toEqual(['2025-05-01', '2025-05-22']);
    expect(derive(withFilters(setAsOf('2025-05-01'))).timeline.asOfSteps).toEqual([
      '2025-05-01',
      '2025-05-22',
    ]);
    // r2 (May 2025) is the only relation a2 backs: without it, Play starts on 22 May
    expect(derive(withFilters(toggleSource('a2'))).timeline.asOfSteps).toEqual(['2025-05-22']);
    // the date range still applies to Play's steps
    expect(derive(withFilters(setDateRange(null, '2025-05-10'))).timeline.asOfSteps).toEqual([
      '2025-05-01',
    ]);
  });

  it('gives the same view for the same inputs, and a new one when the graph changes', () => {
    const derive = createViewDeriver(graph);
    const first = derive(INITIAL_STATE);
    expect(derive({ ...INITIAL_STATE, hoveredNode: 'ana' })).toBe(first);
    const g = graph.copy();
    const deriveCopy = createViewDeriver(g);
    const before = deriveCopy(INITIAL_STATE);
    expect(before.timeline.all).toHaveLength(2);
    g.setEdgeAttribute('r3', 'date', '2025-06-01');
    const after = deriveCopy({ ...INITIAL_STATE, graphVersion: 1 });
    expect(after).not.toBe(before);
    expect(after.timeline.all.map((i) => i.edge)).toEqual(['r2', 'r1', 'r3']);
  });
});
