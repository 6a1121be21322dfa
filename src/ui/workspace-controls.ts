// The workspace's controls: `Undo` and `Redo` in the top bar (and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z),
// each described by the change it acts on; in the Tools panel, whether the work is saved in this
// browser, `Save dataset`, `Reset workspace` behind a confirmation, the `History` of changes
// (newest first) and the `Workspaces` kept in this browser, each openable and deletable. Built
// once; small updaters push the store's history and save status into it. In a shared story, Undo
// and Redo act on this person's own changes and the History names who made each; on a read-only
// link, Undo, Redo and Reset workspace are disabled, saying why. The parts live in ui/workspace/.
import type { AppState } from '../state/app-state';
import type { Store } from '../state/store';
import type { SaveStatus } from '../workspace/persistence';
import { el } from './dom';
import { followEditLock } from './share/edit-lock';
import { confirmDialog } from './workspace/confirm-dialog';
import { historySection } from './workspace/history-list';
import { mountUndoRedo } from './workspace/undo-redo';
import { type WorkspaceListDeps, workspaceSection } from './workspace/workspace-list';

export type WorkspaceControlsDeps = WorkspaceListDeps & {
  store: Store<AppState>;
  undo(): void;
  redo(): void;
  saveDataset(): void;
  reset(): void;
};

export type WorkspaceControls = {
  /** Reads the list of workspaces again (one was added, opened or removed). */
  refreshList(): void;
  dispose(): void;
};

export function saveStatusText(status: SaveStatus): string {
  switch (status.state) {
    case 'saved':
      return 'Saved in this browser.';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved in this browser: ${status.message}. Use Save dataset to keep your work.`;
    case 'memory':
      return `Not saved: ${status.message}. Use Save dataset to keep your work.`;
  }
}

/** Whether the save status is a problem the person should act on (shown as such). */
export const isSaveProblem = (status: SaveStatus): boolean =>
  status.state === 'failed' || status.state === 'memory';

export function mountWorkspaceControls(
  roots: { history: HTMLElement; panel: HTMLElement },
  deps: WorkspaceControlsDeps,
): WorkspaceControls {
  const { store } = deps;
  const undoRedo = mountUndoRedo(roots.history, deps);
  const history = historySection();
  const workspaces = workspaceSection(deps);

  // not a live region: a screen reader is told of a failure by the alert, not of every save
  const status = el('p', { className: 'save-status' });
  const resetButton = el('button', {
    className: 'small-button',
    text: 'Reset workspace',
    attrs: { type: 'button' },
    on: { click: () => void confirmReset() },
  });
  const panel = el('div', { className: 'workspace-panel' }, [
    status,
    el('div', { className: 'workspace-buttons' }, [
      el('button', {
        className: 'small-button',
        text: 'Save dataset',
        attrs: {
          type: 'button',
          title:
            'Download the workspace as a dataset file (npm run validate accepts it; Import opens it again)',
        },
        on: { click: () => deps.saveDataset() },
      }),
      resetButton,
    ]),
    history.element,
    workspaces.element,
  ]);
  roots.panel.append(panel);

  async function confirmReset() {
    const ok = await confirmDialog(
      'Reset the workspace?',
      'The graph goes back to the dataset as it was opened. Your current workspace is kept in Workspaces, so you can open it again.',
      'Reset workspace',
    );
    if (ok) deps.reset();
  }

  const updateHistory = (state: AppState) => {
    undoRedo.update(state);
    history.update(state);
  };
  const updateStatus = (saveStatus: SaveStatus) => {
    status.textContent = saveStatusText(saveStatus);
    status.classList.toggle('problem', isSaveProblem(saveStatus));
  };

  updateHistory(store.get());
  status.textContent = saveStatusText(store.get().saveStatus);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.history !== previous.history || state.shared !== previous.shared)
      updateHistory(state);
    if (state.saveStatus !== previous.saveStatus) updateStatus(state.saveStatus);
  });
  const unlock = followEditLock(store, [resetButton]);
  workspaces.refresh();
  return {
    refreshList: workspaces.refresh,
    dispose() {
      unsubscribe();
      unlock();
      undoRedo.dispose();
      panel.remove();
    },
  };
}
