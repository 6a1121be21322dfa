// The status line of a shared story: `Connected`, `Offline: your changes are kept and will be
// sent`, `Read only`, or why the server refused the link. A polite live region, updated only when
// its words change.
import type { SyncStatus } from '../../sync/sync-status';
import { el } from '../dom';

export type SyncStatusDeps = {
  status(): SyncStatus;
  subscribe(listener: () => void): () => void;
};

export function mountSyncStatusLine(root: HTMLElement, deps: SyncStatusDeps): () => void {
  const line = el('p', {
    className: 'sync-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  root.append(line);
  const update = () => {
    const status = deps.status();
    if (line.textContent !== status.text) line.textContent = status.text;
    line.dataset.state = status.kind;
  };
  update();
  const unsubscribe = deps.subscribe(update);
  return () => {
    unsubscribe();
    line.remove();
  };
}
