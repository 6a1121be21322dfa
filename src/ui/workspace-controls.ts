// The workspace's controls (DESIGN §4, §6): `Undo` and `Redo` in the top bar (and Ctrl/Cmd+Z,
// Ctrl/Cmd+Shift+Z), each described by the change it acts on; in the Tools panel, whether the work
// is saved in this browser, `Save dataset`, `Reset workspace` behind a confirmation, the `History`
// of changes (newest first) and the `Workspaces` kept in this browser, each openable and
// deletable. Built once; small updaters push the store's history and save status into it. In a
// shared story, Undo and Redo act on this person's own changes and the History names who made
// each; on a read-only link, Undo, Redo and Reset workspace are disabled, saying why.
import type { AppState } from '../state/app-state';
import { authorOf, editBlock, undoRedo } from '../state/shared-view';
import type { Store } from '../state/store';
import type { SaveStatus } from '../workspace/persistence';
import { changesText, type WorkspaceSummary } from '../workspace/session';
import { el, replaceChildren } from './dom';
import { followEditLock } from './share/edit-lock';

export type WorkspaceControlsDeps = {
  store: Store<AppState>;
  undo(): void;
  redo(): void;
  saveDataset(): void;
  reset(): void;
  listWorkspaces(): Promise<WorkspaceSummary[]>;
  currentId(): string | null;
  open(id: string): void;
  remove(id: string): void;
};

export type WorkspaceControls = {
  /** Reads the list of workspaces again (one was added, opened or removed). */
  refreshList(): void;
  dispose(): void;
};

const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : TIME.format(date);
}

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

/** A modal confirmation: resolves true when the person confirms. */
function confirmDialog(title: string, text: string, confirm: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = el(
      'dialog',
      { className: 'confirm-dialog', attrs: { 'aria-labelledby': 'confirm-title' } },
      [
        el('h2', { id: 'confirm-title', text: title }),
        el('p', { text }),
        el('div', { className: 'dialog-actions' }, [
          el('button', {
            className: 'small-button primary-button',
            text: confirm,
            attrs: { type: 'button', value: 'confirm' },
            on: { click: () => dialog.close('confirm') },
          }),
          el('button', {
            className: 'small-button',
            text: 'Cancel',
            attrs: { type: 'button' },
            on: { click: () => dialog.close('cancel') },
          }),
        ]),
      ],
    );
    const opener = document.activeElement as HTMLElement | null;
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'confirm');
      dialog.remove();
      opener?.focus();
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('button:last-child')?.focus();
  });
}

export function mountWorkspaceControls(
  roots: { history: HTMLElement; panel: HTMLElement },
  deps: WorkspaceControlsDeps,
): WorkspaceControls {
  const { store } = deps;
  // only when there is something of this person's to act on (the keys work without the buttons)
  const runUndo = () => {
    if (undoRedo(store.get()).undo !== null) deps.undo();
  };
  const runRedo = () => {
    if (undoRedo(store.get()).redo !== null) deps.redo();
  };
  // --- Undo / Redo --------------------------------------------------------------------------
  const describer = (id: string) => el('span', { id, className: 'visually-hidden' });
  const undoText = describer('undo-description');
  const redoText = describer('redo-description');
  // compact in the crowded top bar: an arrow, named Undo and Redo for assistive technology
  const undoButton = el('button', {
    className: 'toolbar-button icon-button',
    text: '↶',
    attrs: {
      type: 'button',
      'aria-label': 'Undo',
      'aria-describedby': undoText.id,
      'aria-keyshortcuts': 'Control+Z Meta+Z',
    },
    on: { click: runUndo },
  });
  const redoButton = el('button', {
    className: 'toolbar-button icon-button',
    text: '↷',
    attrs: {
      type: 'button',
      'aria-label': 'Redo',
      'aria-describedby': redoText.id,
      'aria-keyshortcuts': 'Control+Shift+Z Meta+Shift+Z Control+Y',
    },
    on: { click: runRedo },
  });
  const historyGroup = el(
    'div',
    { className: 'history-buttons', attrs: { role: 'group', 'aria-label': 'Undo and redo' } },
    [undoButton, redoButton, undoText, redoText],
  );
  roots.history.append(historyGroup);

  // --- the panel ----------------------------------------------------------------------------
  // not a live region: a screen reader is told of a failure by the alert, not of every save
  const status = el('p', { className: 'save-status' });
  const historyList = el('ol', { className: 'history-list', attrs: { reversed: true } });
  const historyEmpty = el('p', {
    className: 'muted',
    text: 'No changes yet: accepted proposals, merges and edits will be listed here.',
  });
  const workspaceList = el('ul', { className: 'workspace-list' });
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
    el('section', { className: 'history', attrs: { 'aria-label': 'History' } }, [
      el('h3', { text: 'History' }),
      historyEmpty,
      historyList,
    ]),
    el('section', { className: 'workspaces', attrs: { 'aria-label': 'Workspaces' } }, [
      el('h3', { text: 'Workspaces' }),
      workspaceList,
    ]),
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

  function updateButtons(state: AppState) {
    const { undo, redo } = undoRedo(state);
    const blocked = editBlock(state);
    undoButton.disabled = undo === null;
    redoButton.disabled = redo === null;
    undoButton.setAttribute('aria-disabled', String(undo === null));
    redoButton.setAttribute('aria-disabled', String(redo === null));
    undoText.textContent = blocked ?? (undo ? `Undo: ${undo}` : 'Nothing to undo');
    redoText.textContent = blocked ?? (redo ? `Redo: ${redo}` : 'Nothing to redo');
    undoButton.title = `${undoText.textContent} (Ctrl+Z)`;
    redoButton.title = `${redoText.textContent} (Ctrl+Shift+Z)`;
  }

  function updateHistory(state: AppState) {
    const { items } = state.history;
    historyEmpty.hidden = items.length > 0;
    replaceChildren(
      historyList,
      [...items].reverse().map((item) => {
        const author = authorOf(state, item.id);
        const time = item.done ? when(item.at) : `undone · ${when(item.at)}`;
        return el('li', { className: item.done ? 'history-item' : 'history-item undone' }, [
          el('span', { className: 'history-label', text: item.label }),
          el('span', {
            className: 'muted history-time',
            text: author === null ? time : `by ${author} · ${time}`,
          }),
        ]);
      }),
    );
  }

  let listing = 0;
  function refreshList() {
    const ticket = ++listing;
    void deps
      .listWorkspaces()
      .then((summaries) => {
        if (ticket !== listing) return;
        const current = deps.currentId();
        replaceChildren(
          workspaceList,
          summaries.length === 0
            ? [el('li', { className: 'muted', text: 'None kept in this browser.' })]
            : summaries.map((w) => workspaceItem(w, w.id === current)),
        );
      })
      .catch(() => {
        replaceChildren(workspaceList, [
          el('li', {
            className: 'muted',
            text: 'The workspaces kept in this browser cannot be read.',
          }),
        ]);
      });
  }

  function workspaceItem(w: WorkspaceSummary, current: boolean) {
    return el('li', { className: current ? 'workspace-item current' : 'workspace-item' }, [
      el('p', { className: 'workspace-name', text: current ? `${w.name} (open)` : w.name }),
      el('p', { className: 'muted', text: `${changesText(w.changes)} · ${when(w.updatedAt)}` }),
      el('div', { className: 'workspace-actions' }, [
        el('button', {
          className: 'text-button',
          text: 'Open',
          attrs: { type: 'button', 'aria-label': `Open ${w.name}`, disabled: current },
          on: { click: () => deps.open(w.id) },
        }),
        el('button', {
          className: 'text-button',
          text: 'Delete',
          attrs: {
            type: 'button',
            'aria-label': `Delete ${w.name}`,
            disabled: current,
            title: current ? 'Open another workspace before deleting this one' : undefined,
          },
          on: {
            click: async () => {
              const ok = await confirmDialog(
                `Delete “${w.name}”?`,
                `Its ${changesText(w.changes)} will be gone from this browser. Open it and use Save dataset first to keep them.`,
                'Delete',
              );
              if (ok) deps.remove(w.id);
            },
          },
        }),
      ]),
    ]);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    const undo = key === 'z' && !event.shiftKey;
    if (!undo && !redo) return;
    // in a text box, the box's own undo
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, [contenteditable="true"], dialog')) return;
    event.preventDefault();
    if (undo) runUndo();
    else runRedo();
  };
  document.addEventListener('keydown', onKeyDown);

  const render = (state: AppState) => {
    updateButtons(state);
    updateHistory(state);
  };
  render(store.get());
  status.textContent = saveStatusText(store.get().saveStatus);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.history !== previous.history || state.shared !== previous.shared) render(state);
    if (state.saveStatus !== previous.saveStatus) {
      status.textContent = saveStatusText(state.saveStatus);
      status.classList.toggle(
        'problem',
        state.saveStatus.state === 'failed' || state.saveStatus.state === 'memory',
      );
    }
  });
  const unlock = followEditLock(store, [resetButton]);
  refreshList();
  return {
    refreshList,
    dispose() {
      unsubscribe();
      unlock();
      document.removeEventListener('keydown', onKeyDown);
      historyGroup.remove();
      panel.remove();
    },
  };
}
