// What the graph's stage says when it draws nothing: a story with no entities yet (and the
// controls that write or read one in), or filters that hide every entity. While an article's
// proposals are under review the canvas draws them, so the stage says nothing then.
import type { ParleyGraph } from '../graph/types';
import type { AppState } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import { editBlock } from '../state/shared-view';
import type { Store } from '../state/store';

export const EMPTY_STORY_MESSAGE =
  'This story has no entities yet. Add entity writes one by hand, Add article… reads an article into proposals to review, and Import… opens a file.';

/** An empty story this person cannot change: the controls named above are disabled here. */
export const EMPTY_READ_ONLY_MESSAGE =
  'This story has no entities yet. It was opened from a read-only link: what the people who can edit it add appears here as they add it.';

/** What the stage is asked about: entities in the story, entities shown, and how it is open. */
export type StageCounts = {
  total: number;
  shown: number;
  reviewing: boolean;
  readOnly: boolean;
};

/** The stage's message, or null when the canvas shows something (or proposals are reviewed). */
export function stageEmptyMessage({
  total,
  shown,
  reviewing,
  readOnly,
}: StageCounts): string | null {
  if (reviewing) return null;
  if (total === 0) return readOnly ? EMPTY_READ_ONLY_MESSAGE : EMPTY_STORY_MESSAGE;
  if (shown === 0)
    return `The filters hide all ${total} entities. Reset filters, under Filters, shows them again.`;
  return null;
}

/** Keeps `message` (a paragraph over the graph) saying what the stage's emptiness means. */
export function mountStageEmptyState(
  message: HTMLElement,
  deps: {
    graph: ParleyGraph;
    store: Store<AppState>;
    deriveView(state: AppState): DerivedView;
  },
): () => void {
  const { graph, store, deriveView } = deps;
  const update = (state: AppState) => {
    const text = stageEmptyMessage({
      total: graph.order,
      shown: deriveView(state).filtered.nodes.size,
      reviewing: state.review !== null,
      readOnly: editBlock(state) !== null,
    });
    message.textContent = text ?? '';
    message.hidden = text === null;
  };
  update(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.graphVersion !== previous.graphVersion ||
      state.filters !== previous.filters ||
      state.review !== previous.review ||
      state.shared !== previous.shared
    )
      update(state);
  });
  return () => {
    unsubscribe();
    message.hidden = true;
  };
}
