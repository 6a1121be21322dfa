// The Workspaces kept in this browser, in the Tools panel: each with its changes and when it was
// last saved, openable and deletable (behind a confirmation); the open one is marked and cannot
// be deleted. `refresh` reads the list again; only the latest reading is shown.
import { changesText, type WorkspaceSummary } from '../../workspace/session';
import { el, replaceChildren } from '../dom';
import { confirmDialog } from './confirm-dialog';
import { whenText } from './when-text';

export type WorkspaceListDeps = {
  listWorkspaces(): Promise<WorkspaceSummary[]>;
  currentId(): string | null;
  open(id: string): void;
  remove(id: string): void;
};

export function workspaceSection(deps: WorkspaceListDeps): {
  element: HTMLElement;
  refresh(): void;
} {
  const list = el('ul', { className: 'workspace-list' });
  const element = el(
    'section',
    { className: 'workspaces', attrs: { 'aria-label': 'Workspaces' } },
    [el('h3', { text: 'Workspaces' }), list],
  );
  const muted = (text: string) => el('li', { className: 'muted', text });

  let listing = 0;
  function refresh() {
    const ticket = ++listing;
    void deps
      .listWorkspaces()
      .then((summaries) => {
        if (ticket !== listing) return;
        const current = deps.currentId();
        replaceChildren(
          list,
          summaries.length === 0
            ? [muted('None kept in this browser.')]
            : summaries.map((w) => workspaceItem(deps, w, w.id === current)),
        );
      })
      .catch(() => {
        replaceChildren(list, [muted('The workspaces kept in this browser cannot be read.')]);
      });
  }
  return { element, refresh };
}

function workspaceItem(deps: WorkspaceListDeps, w: WorkspaceSummary, current: boolean) {
  const confirmDelete = async () => {
    const ok = await confirmDialog(
      `Delete “${w.name}”?`,
      `Its ${changesText(w.changes)} will be gone from this browser. Open it and use Save dataset first to keep them.`,
      'Delete',
    );
    if (ok) deps.remove(w.id);
  };
  return el('li', { className: current ? 'workspace-item current' : 'workspace-item' }, [
    el('p', { className: 'workspace-name', text: current ? `${w.name} (open)` : w.name }),
    el('p', { className: 'muted', text: `${changesText(w.changes)} · ${whenText(w.updatedAt)}` }),
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
        on: { click: () => void confirmDelete() },
      }),
    ]),
  ]);
}
