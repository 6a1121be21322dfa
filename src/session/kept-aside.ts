// A stored workspace that cannot be opened is moved aside (out of the Workspaces list, kept whole)
// and the person is offered its download, so nothing they made is lost to a bad record.
import { downloadText } from '../io/download';
import type { AlertRegion } from '../ui/alert-region';
import type { KeptAside, WorkspaceStorage } from '../workspace/storage';

/** "parley-workspace-kept-aside-2026-12-05.json" */
export function keptAsideFileName(at: Date): string {
  return `parley-workspace-kept-aside-${at.toISOString().slice(0, 10)}.json`;
}

/** Moves the workspace aside in storage and says so, with its download. */
export function offerKeptAside(
  storage: WorkspaceStorage | null,
  alerts: AlertRegion,
  aside: KeptAside,
  reason: string,
): void {
  void storage
    ?.keepAside(aside)
    .then(() => storage.remove(aside.workspaceId))
    .catch(() => {});
  alerts.problem({
    title: 'Your stored workspace could not be opened',
    lines: [reason],
    reassurance:
      'It is kept aside, unchanged: download it to keep it. The curated dataset is open instead.',
    actions: [
      {
        text: 'Download the stored workspace',
        run: () =>
          downloadText(
            keptAsideFileName(new Date()),
            `${JSON.stringify(aside, null, 2)}\n`,
            'application/json',
          ),
      },
    ],
  });
}
