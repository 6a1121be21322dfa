// The app state's producers, without a store: each returns the same state when nothing changes
// (so no panel redraws for nothing) and a new one that says exactly what the person did.
import { describe, expect, it } from 'vitest';
import {
  type AppState,
  EMPTY_HISTORY,
  graphChanged,
  highlightProposal,
  historySummary,
  hoverEdge,
  hoverNode,
  INITIAL_STATE,
  resetForNewGraph,
  select,
  setDisplay,
  setFocus,
  setPathEnd,
  setReview,
  setSaveStatus,
  setStatus,
  setToneColors,
  showNotice,
  toggleAvoidKind,
  updateFilters,
} from '../../src/state/app-state';
import { DEFAULT_FILTERS, toggleEntityKind } from '../../src/state/filters';
import type { Producer } from '../../src/state/store';
import type { Review } from '../../src/workspace/review';
import type { Command, History } from '../../src/workspace/workspace';

const apply = (state: AppState, ...producers: Producer<AppState>[]) =>
  producers.reduce((s, p) => p(s), state);

const review = (id: string): Review => ({
  id,
  fileName: `${id}.txt`,
  draft: {} as Review['draft'],
  positions: {},
});

describe('select and hover', () => {
  it('select sets the selection, and the same selection again changes nothing', () => {
    const s = select({ type: 'entity', id: 'ana' })(INITIAL_STATE);
    expect(s.selection).toEqual({ type: 'entity', id: 'ana' });
    expect(select({ type: 'entity', id: 'ana' })(s)).toBe(s);
    expect(select({ type: 'relation', id: 'ana' })(s).selection).toEqual({
      type: 'relation',
      id: 'ana',
    });
    expect(select(null)(s).selection).toBeNull();
    expect(select(null)(INITIAL_STATE)).toBe(INITIAL_STATE);
  });

  it('hovering a node or a relation keeps the other, and hovering it again changes nothing', () => {
    const s = apply(INITIAL_STATE, hoverNode('ana'), hoverEdge('r1'));
    expect([s.hoveredNode, s.hoveredEdge]).toEqual(['ana', 'r1']);
    expect(hoverNode('ana')(s)).toBe(s);
    expect(hoverEdge('r1')(s)).toBe(s);
    expect(hoverNode(null)(s)).toMatchObject({ hoveredNode: null, hoveredEdge: 'r1' });
  });
});

describe('updateFilters', () => {
  it('applies a filter producer, and keeps the state when the filters stay the same', () => {
    const s = updateFilters(toggleEntityKind('country'))(INITIAL_STATE);
    expect(s.filters.hiddenEntityKinds.has('country')).toBe(true);
    expect(INITIAL_STATE.filters).toBe(DEFAULT_FILTERS);
    expect(updateFilters((f) => f)(s)).toBe(s);
  });
});

describe('setFocus', () => {
  it('focuses on an entity and its neighbours; the same focus again changes nothing', () => {
    const s = setFocus({ center: 'ana', hops: 1 })(INITIAL_STATE);
    expect(s.focus).toEqual({ center: 'ana', hops: 1 });
    expect(setFocus({ center: 'ana', hops: 1 })(s)).toBe(s);
    expect(setFocus({ center: 'ana', hops: 2 })(s).focus?.hops).toBe(2);
    expect(setFocus(null)(s).focus).toBeNull();
  });
});

describe('the path query', () => {
  it('setPathEnd sets one end and leaves the other', () => {
    const s = apply(INITIAL_STATE, setPathEnd('from', 'ana'), setPathEnd('to', 'bo'));
    expect(s.path).toMatchObject({ from: 'ana', to: 'bo' });
    expect(setPathEnd('from', 'ana')(s)).toBe(s);
    expect(setPathEnd('to', null)(s).path).toMatchObject({ from: 'ana', to: null });
  });

  it('toggleAvoidKind adds a kind, then takes it away, without touching the state it read', () => {
    const once = toggleAvoidKind('country')(INITIAL_STATE);
    expect([...once.path.avoidKinds]).toEqual(['country']);
    expect(INITIAL_STATE.path.avoidKinds.size).toBe(0);
    const twice = toggleAvoidKind('country')(once);
    expect(twice.path.avoidKinds.size).toBe(0);
    expect(once.path.avoidKinds.has('country')).toBe(true);
  });
});

describe('display switches', () => {
  it('tone colours, the display, a notice and the status change only when they differ', () => {
    const s = apply(INITIAL_STATE, setToneColors(true), setDisplay('list'), showNotice('Saved.'));
    expect(s).toMatchObject({ toneColors: true, display: 'list', notice: 'Saved.' });
    expect(setToneColors(true)(s)).toBe(s);
    expect(setDisplay('list')(s)).toBe(s);
    expect(showNotice('Saved.')(s)).toBe(s);
    expect(showNotice(null)(s).notice).toBeNull();
    expect(setStatus({ state: 'ready' })(s).status).toEqual({ state: 'ready' });
  });

  it('graphChanged counts every change to the graph', () => {
    expect(apply(INITIAL_STATE, graphChanged, graphChanged).graphVersion).toBe(2);
  });

  it('setSaveStatus keeps the state for the same status object', () => {
    const saved = { state: 'saved', at: '2025-05-12T10:00:00Z' } as const;
    const s = setSaveStatus(saved)(INITIAL_STATE);
    expect(s.saveStatus).toBe(saved);
    expect(setSaveStatus(saved)(s)).toBe(s);
  });
});

describe('the review and its highlighted proposal', () => {
  it('highlightProposal points at one proposal; the same one again changes nothing', () => {
    const s = highlightProposal({ type: 'relation', index: 2 })(INITIAL_STATE);
    expect(s.highlightedProposal).toEqual({ type: 'relation', index: 2 });
    expect(highlightProposal({ type: 'relation', index: 2 })(s)).toBe(s);
    expect(highlightProposal({ type: 'entity', index: 2 })(s).highlightedProposal?.type).toBe(
      'entity',
    );
    expect(highlightProposal(null)(s).highlightedProposal).toBeNull();
  });

  it('a new state of the same review keeps the highlight; another review forgets it', () => {
    const first = review('article-1');
    const s = apply(
      INITIAL_STATE,
      setReview(first),
      highlightProposal({ type: 'entity', index: 0 }),
    );
    expect(setReview(first)(s)).toBe(s);
    const decided = setReview({ ...first, positions: { x: { x: 1, y: 2 } } })(s);
    expect(decided.highlightedProposal).toEqual({ type: 'entity', index: 0 });
    expect(setReview(review('article-2'))(s).highlightedProposal).toBeNull();
    expect(setReview(null)(s)).toMatchObject({ review: null, highlightedProposal: null });
  });
});

describe('historySummary', () => {
  const command = (id: string, label: string): Command => ({
    id,
    name: 'edit',
    label,
    at: '2025-05-12T10:00:00Z',
    ops: [],
  });
  const history = (cursor: number): History => ({
    commands: [command('c1', 'Edit Ana'), command('c2', 'Merge Bo into Ana')],
    cursor,
  });

  it('marks what is done, and names what Undo and Redo would do', () => {
    expect(historySummary(history(1))).toEqual({
      items: [
        { id: 'c1', label: 'Edit Ana', at: '2025-05-12T10:00:00Z', done: true },
        { id: 'c2', label: 'Merge Bo into Ana', at: '2025-05-12T10:00:00Z', done: false },
      ],
      undo: 'Edit Ana',
      redo: 'Merge Bo into Ana',
    });
    expect(historySummary(history(2))).toMatchObject({ undo: 'Merge Bo into Ana', redo: null });
    expect(historySummary(history(0))).toMatchObject({ undo: null, redo: 'Edit Ana' });
    expect(historySummary({ commands: [], cursor: 0 })).toEqual(EMPTY_HISTORY);
  });
});

describe('resetForNewGraph', () => {
  it('forgets everything that pointed into the old graph and keeps the display choices', () => {
    const busy = apply(
      INITIAL_STATE,
      select({ type: 'entity', id: 'ana' }),
      hoverNode('bo'),
      updateFilters(toggleEntityKind('country')),
      setFocus({ center: 'ana', hops: 2 }),
      setPathEnd('from', 'ana'),
      toggleAvoidKind('country'),
      setReview(review('article-1')),
      highlightProposal({ type: 'entity', index: 0 }),
      graphChanged,
      setToneColors(true),
      setDisplay('list'),
      setSaveStatus({ state: 'saved', at: '2025-05-12T10:00:00Z' }),
    );
    const fresh = resetForNewGraph(busy);
    expect(fresh).toEqual({
      ...INITIAL_STATE,
      status: { state: 'ready' },
      toneColors: true,
      display: 'list',
      saveStatus: { state: 'saved', at: '2025-05-12T10:00:00Z' },
    });
    expect(fresh.filters).toBe(DEFAULT_FILTERS);
  });
});
