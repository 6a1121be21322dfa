// The explorer's state and the pure producers that change it. Panels subscribe; the renderer
// reads it through reducers. The graph itself is not state: it is the workspace's live graphology
// graph, changed in place by workspace commands; `graphVersion` counts those changes, so a view
// that shows the graph's contents re-reads it when the number moves.
import type { ProposalRef } from '../workspace/apply-draft';
import type { SaveStatus } from '../workspace/persistence';
import type { Review } from '../workspace/review';
import type { History } from '../workspace/workspace';
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { SharedView } from './shared-view';
import type { Producer } from './store';

export type Selection = { type: 'entity' | 'relation'; id: string } | null;

export type LoadStatus =
  | { state: 'loading'; message: string }
  | { state: 'ready' }
  | { state: 'error'; title: string; details: string[] };

/** Show only the neighbourhood of one entity. */
export type Focus = { center: string; hops: 1 | 2 } | null;

export type PathQuery = { from: string | null; to: string | null; avoidKinds: ReadonlySet<string> };

export type DisplayMode = 'graph' | 'list';

export type AppState = {
  status: LoadStatus;
  selection: Selection;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  filters: Filters;
  focus: Focus;
  path: PathQuery;
  /** Colour relations by tone (cooperation/conflict) instead of plain grey. */
  toneColors: boolean;
  /** The graph drawn, or its entities and relations as lists. */
  display: DisplayMode;
  /** A short message for the person (an unknown link, an export done); null when none. */
  notice: string | null;
  /** Bumped after every change to the graph (a command done, undone or redone). */
  graphVersion: number;
  /** The article whose proposals are under review (the workspace keeps it; this mirrors it). */
  review: Review | null;
  /** The proposal pointed at in the Proposals panel (hovered or focused), drawn highlighted. */
  highlightedProposal: ProposalRef | null;
  /** The workspace's history as the Undo/Redo buttons and the History list show it. */
  history: HistorySummary;
  /** Whether the workspace's changes are stored in this browser. */
  saveStatus: SaveStatus;
  /** The shared story the workspace shown belongs to (see shared-view.ts); null when none. */
  shared: SharedView | null;
};

export type HistoryItem = { id: string; label: string; at: string; done: boolean };

export type HistorySummary = {
  /** Oldest first; the ones not done are undone and can be redone. */
  items: readonly HistoryItem[];
  undo: string | null;
  redo: string | null;
};

export const EMPTY_HISTORY: HistorySummary = { items: [], undo: null, redo: null };

export const INITIAL_STATE: AppState = {
  status: { state: 'loading', message: 'Loading the graph…' },
  selection: null,
  hoveredNode: null,
  hoveredEdge: null,
  filters: DEFAULT_FILTERS,
  focus: null,
  path: { from: null, to: null, avoidKinds: new Set() },
  toneColors: false,
  display: 'graph',
  notice: null,
  graphVersion: 0,
  review: null,
  highlightedProposal: null,
  history: EMPTY_HISTORY,
  saveStatus: { state: 'saving' },
  shared: null,
};

export const setStatus =
  (status: LoadStatus): Producer<AppState> =>
  (s) => ({ ...s, status });

export const select =
  (selection: Selection): Producer<AppState> =>
  (s) =>
    s.selection?.type === selection?.type && s.selection?.id === selection?.id
      ? s
      : { ...s, selection };

export const hoverNode =
  (node: string | null): Producer<AppState> =>
  (s) =>
    s.hoveredNode === node ? s : { ...s, hoveredNode: node };

export const hoverEdge =
  (edge: string | null): Producer<AppState> =>
  (s) =>
    s.hoveredEdge === edge ? s : { ...s, hoveredEdge: edge };

/** Applies a filter producer (from state/filters) to the app state. */
export const updateFilters =
  (producer: (f: Filters) => Filters): Producer<AppState> =>
  (s) => {
    const filters = producer(s.filters);
    return filters === s.filters ? s : { ...s, filters };
  };

export const setFocus =
  (focus: Focus): Producer<AppState> =>
  (s) =>
    s.focus?.center === focus?.center && s.focus?.hops === focus?.hops ? s : { ...s, focus };

export const setPathEnd =
  (end: 'from' | 'to', id: string | null): Producer<AppState> =>
  (s) =>
    s.path[end] === id ? s : { ...s, path: { ...s.path, [end]: id } };

export const toggleAvoidKind =
  (kind: string): Producer<AppState> =>
  (s) => {
    const avoidKinds = new Set(s.path.avoidKinds);
    if (!avoidKinds.delete(kind)) avoidKinds.add(kind);
    return { ...s, path: { ...s.path, avoidKinds } };
  };

export const setToneColors =
  (on: boolean): Producer<AppState> =>
  (s) =>
    s.toneColors === on ? s : { ...s, toneColors: on };

export const setDisplay =
  (display: DisplayMode): Producer<AppState> =>
  (s) =>
    s.display === display ? s : { ...s, display };

export const showNotice =
  (notice: string | null): Producer<AppState> =>
  (s) =>
    s.notice === notice ? s : { ...s, notice };

/** The graph changed in place (a workspace command): views that show its contents re-read it. */
export const graphChanged: Producer<AppState> = (s) => ({ ...s, graphVersion: s.graphVersion + 1 });

/** The review the workspace holds now; the pointed-at proposal is forgotten with its review. */
export const setReview =
  (review: Review | null): Producer<AppState> =>
  (s) => {
    if (s.review === review) return s;
    const same = s.review !== null && review !== null && s.review.id === review.id;
    return { ...s, review, highlightedProposal: same ? s.highlightedProposal : null };
  };

export const highlightProposal =
  (ref: ProposalRef | null): Producer<AppState> =>
  (s) =>
    s.highlightedProposal?.type === ref?.type && s.highlightedProposal?.index === ref?.index
      ? s
      : { ...s, highlightedProposal: ref };

/** The workspace's history as the Undo/Redo buttons and the History list show it. */
export function historySummary(history: History): HistorySummary {
  const { commands, cursor } = history;
  return {
    items: commands.map((c, i) => ({ id: c.id, label: c.label, at: c.at, done: i < cursor })),
    undo: commands[cursor - 1]?.label ?? null,
    redo: commands[cursor]?.label ?? null,
  };
}

export const setHistory =
  (history: HistorySummary): Producer<AppState> =>
  (s) => ({ ...s, history });

export const setShared =
  (shared: SharedView | null): Producer<AppState> =>
  (s) =>
    s.shared === shared ? s : { ...s, shared };

export const setSaveStatus =
  (saveStatus: SaveStatus): Producer<AppState> =>
  (s) =>
    s.saveStatus === saveStatus ? s : { ...s, saveStatus };

/** A new graph was loaded: everything that pointed into the old one is cleared. */
export const resetForNewGraph: Producer<AppState> = (s) => ({
  ...INITIAL_STATE,
  status: { state: 'ready' },
  toneColors: s.toneColors,
  display: s.display,
  saveStatus: s.saveStatus,
});
