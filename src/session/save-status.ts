// The save status and the person: every status goes into the store (the status line shows it),
// and the moment the work stops being stored, an alert says so once, with the ways to keep it.
import type { AppState } from '../state/app-state';
import { setSaveStatus } from '../state/app-state';
import type { Store } from '../state/store';
import type { AlertMessage, AlertRegion } from '../ui/alert-region';
import type { SaveStatus } from '../workspace/persistence';

const failing = (status: SaveStatus) => status.state === 'failed' || status.state === 'memory';

/** Whether `next` needs an alert: it fails, and not in the way already told. */
export function needsAlert(previous: SaveStatus, next: SaveStatus): boolean {
  return failing(next) && previous.state !== next.state;
}

export type KeepWays = { saveDataset(): void; retry(): void };

/** The alert for a status that fails: what happened, what still works, and the ways to keep the work. */
export function notSavedAlert(
  status: SaveStatus & { message: string },
  ways: KeepWays,
): AlertMessage {
  return {
    title: 'Your changes are not being saved in this browser',
    lines: [status.message],
    reassurance:
      'The explorer keeps working, and what you see is kept while this page stays open. Save dataset downloads your work as a file.',
    actions: [
      { text: 'Save dataset', run: ways.saveDataset },
      ...(status.state === 'failed' ? [{ text: 'Try again', run: ways.retry }] : []),
    ],
  };
}

/** What the session calls with each save status. */
export function saveStatusReporter(
  store: Store<AppState>,
  alerts: AlertRegion,
  ways: KeepWays,
): (status: SaveStatus) => void {
  return (status) => {
    const previous = store.get().saveStatus;
    store.update(setSaveStatus(status));
    if (needsAlert(previous, status) && 'message' in status)
      alerts.problem(notSavedAlert(status, ways));
  };
}
