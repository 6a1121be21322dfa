// Delete entity, behind a confirmation that says how many relations go with the entity and lists
// what goes (its relations, the roles others hold at it); Undo brings it all back.
import { DELETE_ENTITY, deletionReach, runCommand } from '../../workspace/commands';
import type { Workspace } from '../../workspace/workspace';
import { el } from '../dom';

const MAX_LISTED = 12;

function listed(items: string[]): HTMLElement | null {
  if (items.length === 0) return null;
  const shown = items.slice(0, MAX_LISTED).map((text) => el('li', { text }));
  if (items.length > MAX_LISTED)
    shown.push(el('li', { text: `and ${items.length - MAX_LISTED} more` }));
  return el('ul', { className: 'deletion-list' }, shown);
}

export function confirmDeleteEntity(workspace: Workspace, id: string, onDeleted: () => void): void {
  const { graph } = workspace;
  if (!graph.hasNode(id)) return;
  const label = graph.getNodeAttribute(id, 'label');
  const reach = deletionReach(graph, id);
  const count = reach.relations.length;
  const opener = document.activeElement as HTMLElement | null;
  const problem = el('p', { className: 'dialog-problem', attrs: { role: 'alert' } });
  const dialog = el(
    'dialog',
    { className: 'confirm-dialog', attrs: { 'aria-labelledby': 'delete-entity-title' } },
    [
      el('h2', { id: 'delete-entity-title', text: `Delete ${label}?` }),
      el('p', {
        text: `${count} relation${count === 1 ? '' : 's'} go${count === 1 ? 'es' : ''} with it${
          reach.roles.length > 0
            ? `, and ${reach.roles.length} role${reach.roles.length === 1 ? '' : 's'} held at it lose${reach.roles.length === 1 ? 's' : ''} their organization`
            : ''
        }. Undo brings everything back.`,
      }),
      listed(reach.relations),
      listed(reach.roles),
      problem,
      el('div', { className: 'dialog-actions' }, [
        el('button', {
          className: 'small-button danger-button',
          text: `Delete ${label}`,
          attrs: { type: 'button' },
          on: {
            click: () => {
              const result = runCommand(workspace, DELETE_ENTITY, { id });
              if (!result.ok) {
                problem.textContent = `Not deleted: ${result.message}.`;
                return;
              }
              dialog.close();
              onDeleted();
            },
          },
        }),
        el('button', {
          className: 'small-button',
          text: 'Cancel',
          attrs: { type: 'button' },
          on: { click: () => dialog.close() },
        }),
      ]),
    ],
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  dialog.querySelector<HTMLButtonElement>('.dialog-actions button:last-child')?.focus();
}
