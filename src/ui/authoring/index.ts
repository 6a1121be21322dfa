// Writing the story by hand: the toolbar's `New story…`, `Add source…` and `Add entity` (and the
// top bar's Story menu they sit in, folded away on narrow screens), the Sources and Reader
// statistics panels in Tools → Workspace, and what the Details panel and the article viewer
// open (Add relation, Edit relation, Delete entity, a selection's actions). Lives as long as the
// page; every form reads the workspace open at the moment it is used.
import type { AppState } from '../../state/app-state';
import { editBlock } from '../../state/shared-view';
import type { Store } from '../../state/store';
import type { Workspace } from '../../workspace/workspace';
import type { SelectionActions } from '../article-viewer';
import { showArticle } from '../article-viewer';
import type { DetailsAuthoring } from '../details/types';
import { el } from '../dom';
import { followEditLock } from '../share/edit-lock';
import { mountStoryMenu } from '../story-menu';
import { confirmDeleteEntity } from './delete-entity-dialog';
import { openAddEvidence, openAddRelation, openEditRelation } from './relation-dialogs';
import { openAddEntity, openAddSource, openNewStory } from './story-dialogs';
import { mountWorkspacePanels } from './workspace-panels';

export type AuthoringDeps = {
  store: Store<AppState>;
  getWorkspace(): Workspace | null;
  openStory(title: string): Promise<string | null>;
  notice(message: string): void;
  /** Selects an entity or a relation (through the URL). */
  select(type: 'entity' | 'relation', id: string): void;
};

export type Authoring = DetailsAuthoring & {
  /** Shows a source's kept text, with the selection's actions. */
  showSource(id: string): void;
  dispose(): void;
};

export function mountAuthoring(
  roots: { toolbar: HTMLElement; panels: HTMLElement },
  deps: AuthoringDeps,
): Authoring {
  const relationDeps = {
    getWorkspace: deps.getWorkspace,
    notice: deps.notice,
    selectRelation: (id: string) => deps.select('relation', id),
  };
  const selectionActions = (sourceId: string): SelectionActions => ({
    sourceId,
    addRelation: (quote, source) => openAddRelation(relationDeps, { quote, source }),
    addEvidence: (quote, source) => openAddEvidence(relationDeps, quote, source),
  });
  const showSource = (id: string) => {
    const article = deps.getWorkspace()?.articles()[id];
    // a story that cannot be changed here offers no actions on a selection
    const actions = editBlock(deps.store.get()) === null ? selectionActions(id) : undefined;
    if (article) showArticle(article, '', document.activeElement as HTMLElement | null, actions);
  };
  const storyDeps = {
    getWorkspace: deps.getWorkspace,
    openStory: deps.openStory,
    notice: deps.notice,
    showSource,
    selectEntity: (id: string) => deps.select('entity', id),
  };
  const button = (text: string, title: string, open: () => void) =>
    el('button', {
      className: 'toolbar-button',
      text,
      attrs: { type: 'button', title, 'aria-haspopup': 'dialog' },
      on: { click: open },
    });
  const editing = [
    button('Add source…', 'Keep an article’s text as a source, to quote it as evidence', () =>
      openAddSource(storyDeps),
    ),
    button('Add entity', 'Add a person, organization, country, place, event or topic', () =>
      openAddEntity(storyDeps),
    ),
  ];
  const buttons = [
    button('New story…', 'Start an empty workspace for another story', () =>
      openNewStory(storyDeps),
    ),
    ...editing,
  ];
  roots.toolbar.append(...buttons);
  // the toolbar sits in the top bar's Story menu, which narrow screens fold away
  const menu = roots.toolbar.closest<HTMLElement>('.story-menu');
  const menuToggle = menu && document.querySelector(`[aria-controls="${menu.id}"]`);
  const unmountMenu =
    menu && menuToggle instanceof HTMLButtonElement ? mountStoryMenu(menuToggle, menu) : () => {};
  const unlock = followEditLock(deps.store, editing);
  const panels = mountWorkspacePanels(roots.panels, showSource);
  panels.update(deps.getWorkspace());
  const unsubscribe = deps.store.subscribe((state, previous) => {
    if (state.history !== previous.history || state.graphVersion !== previous.graphVersion)
      panels.update(deps.getWorkspace());
  });
  return {
    addRelation: (from) => openAddRelation(relationDeps, { from }),
    editRelation: (id) => openEditRelation(relationDeps, id),
    deleteEntity(id) {
      const workspace = deps.getWorkspace();
      if (!workspace) return;
      confirmDeleteEntity(workspace, id, () => {
        deps.notice('Deleted. Undo brings it back.');
        // the entity's panel is gone with it: the person lands on the panel's heading
        document.querySelector<HTMLElement>('#details h2')?.focus();
      });
    },
    selectionActions,
    showSource,
    dispose() {
      unsubscribe();
      unmountMenu();
      unlock();
      for (const b of buttons) b.remove();
      panels.dispose();
    },
  };
}
