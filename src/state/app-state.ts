// The explorer's state and the pure producers that change it. Panels subscribe; the renderer
// reads it through reducers. The graph itself is not state: it is built once per dataset.
import type { EntityKind } from '../data/schema';
import type { Producer } from './store';

export type Selection = { type: 'entity' | 'relation'; id: string } | null;

export type LoadStatus =
  | { state: 'loading'; message: string }
  | { state: 'ready' }
  | { state: 'error'; title: string; details: string[] };

export type AppState = {
  status: LoadStatus;
  selection: Selection;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  hiddenKinds: ReadonlySet<EntityKind | string>;
  /** A short message for the person (an unknown link, an export done); null when none. */
  notice: string | null;
};

export const INITIAL_STATE: AppState = {
  status: { state: 'loading', message: 'Loading the graph…' },
  selection: null,
  hoveredNode: null,
  hoveredEdge: null,
  hiddenKinds: new Set(),
  notice: null,
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

export const toggleKind =
  (kind: string): Producer<AppState> =>
  (s) => {
    const hiddenKinds = new Set(s.hiddenKinds);
    if (hiddenKinds.has(kind)) hiddenKinds.delete(kind);
    else hiddenKinds.add(kind);
    return { ...s, hiddenKinds };
  };

export const showNotice =
  (notice: string | null): Producer<AppState> =>
  (s) =>
    s.notice === notice ? s : { ...s, notice };
