// The Details panel (a complementary landmark named "Details"): the selected entity with its
// roles, aliases and relationships grouped by kind, each with counterpart, date and evidence;
// or the selected relation with all its evidence; or a starting point when nothing is selected.
// An entity can be edited or merged into another, a relation removed (ui/entity-tools): each is
// an undoable workspace command. The panel re-reads the graph whenever it changes. Its tools
// (`data-tool`) all change the story: where it cannot be changed here (a read-only link) they are
// disabled, saying why. This module wires the sections in ui/details/ together.
import type { EntityRef } from '../graph/relationships';
import type { AppState, Selection } from '../state/app-state';
import { editBlock } from '../state/shared-view';
import { entityActions } from './details/entity-actions';
import { entityContent } from './details/entity-content';
import { relationContent } from './details/relation-content';
import { nothingSelectedContent } from './details/starting-points';
import type { DetailsContext, DetailsPanelDeps } from './details/types';
import { el, replaceChildren } from './dom';
import { entityLink } from './entity-link';
import { lockEditing } from './share/edit-lock';

export type { DetailsPanelDeps } from './details/types';

export type DetailsPanel = { focusHeading(): void; dispose(): void };

/** Whether a change of state asks for the panel to be drawn again from the top. */
export function needsRender(state: AppState, previous: AppState): boolean {
  return (
    state.selection !== previous.selection ||
    state.focus !== previous.focus ||
    editBlock(state) !== editBlock(previous) ||
    // with nothing selected, the hint says whether an article's proposals are under review
    (state.selection === null && (state.review === null) !== (previous.review === null))
  );
}

export function mountDetailsPanel(root: HTMLElement, deps: DetailsPanelDeps): DetailsPanel {
  const { graph, store, navigate } = deps;
  root.setAttribute('aria-label', 'Details');
  const body = el('div', { className: 'details-body' });
  root.append(body);

  const ctx: DetailsContext = {
    ...deps,
    entityButton: (ref: EntityRef) =>
      entityLink(ref, () => navigate({ type: 'entity', id: ref.id }, { focusPanel: true })),
  };
  const focusTool = (name: string) =>
    body.querySelector<HTMLElement>(`[data-tool="${name}"]`)?.focus();
  const actions = entityActions(ctx, {
    rerender: () => render(store.get().selection),
    focusTool,
  });

  function render(selection: Selection) {
    actions.beforeRender(selection);
    if (selection?.type === 'entity' && graph.hasNode(selection.id))
      replaceChildren(body, entityContent(ctx, actions, selection.id));
    else if (selection?.type === 'relation' && graph.hasEdge(selection.id))
      replaceChildren(body, relationContent(ctx, selection.id));
    else replaceChildren(body, nothingSelectedContent(ctx, selection !== null));
    const blocked = editBlock(store.get());
    for (const tool of body.querySelectorAll<HTMLButtonElement>('button[data-tool]'))
      lockEditing(tool, blocked);
    body.scrollTop = 0;
    root.scrollTop = 0;
  }

  /** The graph changed under the same selection (an edit saved, an undo): show it as it is now,
   * where the person was reading, with the form closed after a save. */
  function renderInPlace(selection: Selection) {
    const scroll = root.scrollTop;
    const active = document.activeElement as HTMLElement | null;
    const open = actions.close();
    const focusedTool = active?.dataset.tool ?? (open && body.contains(active) ? open : undefined);
    render(selection);
    root.scrollTop = scroll;
    if (focusedTool) focusTool(focusedTool);
  }

  render(store.get().selection);
  const unsubscribe = store.subscribe((state, previous) => {
    if (needsRender(state, previous)) render(state.selection);
    else if (state.graphVersion !== previous.graphVersion) renderInPlace(state.selection);
  });

  return {
    focusHeading() {
      body.querySelector<HTMLElement>('h2')?.focus();
    },
    dispose() {
      unsubscribe();
      actions.dispose();
      body.remove();
    },
  };
}
