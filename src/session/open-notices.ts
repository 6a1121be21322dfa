// What the page says when a workspace is opened, imported or brought up to date, and the names it
// gives the files it writes: pure text from the workspace's origin and what happened, no DOM.
import type { LayoutProgress } from '../graph/layout';
import { formatImportNotice, type ImportReport } from '../io/import-report';
import type { Origin } from '../workspace/record';
import { changesText } from '../workspace/session';

/** A name safe in a file name: runs of other characters become one hyphen. */
export const fileSafe = (name: string): string => name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'graph';

/** The id that names the files a workspace exports ("us-china-trade-talks", "my-story"). */
export function datasetIdOf(origin: Origin): string {
  if (origin.type === 'curated') return origin.datasetId;
  if (origin.type === 'new') return fileSafe(origin.title.toLowerCase());
  return fileSafe(origin.fileName.replace(/\.[^.]+$/, ''));
}

/** What the workspace's changes are counted from ("the curated dataset", "x.json was imported"). */
export function sinceWhat(origin: Origin): string {
  if (origin.type === 'curated') return 'the curated dataset';
  if (origin.type === 'new') return 'the story began';
  return `${origin.fileName} was imported`;
}

export type OpenedFacts = {
  /** Restored at start (the workspace last open), rather than chosen from the list. */
  restoring: boolean;
  name: string;
  origin: Origin;
  /** Commands done (the undone ones are not counted). */
  changes: number;
  /** The stored format the record was migrated from, if it was. */
  migratedFrom?: number | undefined;
  /** The curated dataset's fingerprint now, when it could be fetched. */
  curatedHash?: string | undefined;
};

/** "Restored your workspace: 3 changes since the curated dataset." and what else the person should know. */
export function openedNotice(facts: OpenedFacts): string {
  const { origin } = facts;
  const updated =
    origin.type === 'curated' &&
    facts.curatedHash !== undefined &&
    origin.datasetHash !== facts.curatedHash
      ? ' The curated dataset has been updated since this workspace began: Reset workspace starts from the new one.'
      : '';
  const migrated =
    facts.migratedFrom !== undefined ? ' (its stored format was brought up to date)' : '';
  const opened = facts.restoring ? 'Restored your workspace' : `Opened ${facts.name}`;
  return `${opened}: ${changesText(facts.changes)} since ${sinceWhat(origin)}${migrated}.${updated}`;
}

/** What the import notice says of the layout: none needed, done, or stopped part way. */
export function layoutNote(laidOut: boolean, stopped: LayoutProgress | undefined): string {
  if (!laidOut) return '';
  if (stopped)
    return ` (layout stopped after ${stopped.done} of ${stopped.total} iterations, as you asked)`;
  return ' (laid out, as the file had no positions)';
}

export type ImportFacts = {
  fileName: string;
  entities: number;
  relations: number;
  laidOut: boolean;
  layoutStopped?: LayoutProgress | undefined;
  report?: ImportReport | undefined;
};

/** The notice after an import opened as a new workspace. */
export function importNotice(facts: ImportFacts): string {
  const words = facts.report
    ? formatImportNotice(facts.report)
    : `Imported ${facts.entities} entities and ${facts.relations} relations from ${facts.fileName}${layoutNote(facts.laidOut, facts.layoutStopped)}.`;
  return `${words} The previous workspace stays in Workspaces.`;
}

/** The notice when another tab's change was adopted; `crossed`: both tabs changed it at once. */
export function adoptedNotice(crossed: boolean): string {
  return crossed
    ? 'This workspace was changed in another tab at the same moment: its changes are shown, and your last change was not kept. Please make it again.'
    : 'Brought up to date with the change made in another tab.';
}

/** The name a workspace left by Reset keeps in the Workspaces list. */
export function beforeResetName(name: string, at: Date): string {
  const stamp = at.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return `${name} (before reset, ${stamp})`;
}
