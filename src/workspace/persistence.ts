// Saving a workspace as it changes, and keeping tabs in step. After every change the record is
// written at once (a change shown as done is a change stored: a closed tab or a crash loses
// nothing); changes made while a write is under way go in the next one. Each write names the
// revision it follows: when another tab wrote meanwhile, this tab takes that tab's history
// (workspace.adopt), says so, and the person's change that crossed it is not kept in silence.
// After each write the other tabs are told over a BroadcastChannel and bring themselves up to date.
import { errorMessage } from '../data/errors';
import { readWorkspaceRecord, type WorkspaceRecord } from './record';
import type { WorkspaceStorage } from './storage';
import type { Workspace } from './workspace';

export type SaveStatus =
  | { state: 'saved'; at: string }
  | { state: 'saving' }
  /** A write failed (quota, a blocked database): the changes are only in this page. */
  | { state: 'failed'; message: string }
  /** No storage at all (private mode, IndexedDB refused): nothing is kept past this page. */
  | { state: 'memory'; message: string };

export type RecordMeta = Omit<
  WorkspaceRecord,
  'history' | 'review' | 'articles' | 'revision' | 'updatedAt'
>;

export type TabMessage =
  | { type: 'saved'; workspace: string; revision: number; tab: string }
  | { type: 'listChanged'; tab: string };

/** The part of BroadcastChannel used here, so tests can hand a fake. */
export type Channel = {
  postMessage(message: TabMessage): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
};

export type PersistenceDeps = {
  storage: WorkspaceStorage | null;
  channel: Channel | null;
  tab: string;
  workspace: Workspace;
  meta: RecordMeta;
  /** The revision of the stored record this page shows. */
  revision: number;
  /** How things stand at the start, when not simply saved (the workspace could not be stored). */
  initialStatus?: SaveStatus;
  onStatus(status: SaveStatus): void;
  /** Another tab's changes were taken in; `crossed` when a change of this page's was taken back. */
  onAdopted(info: { crossed: boolean }): void;
  /** Another tab added, renamed or removed a workspace. */
  onListChanged?(): void;
};

export type Persistence = {
  /** Resolves when every change so far is written (or its write failed). */
  flush(): Promise<void>;
  /** Writes again after a failure. */
  retry(): void;
  status(): SaveStatus;
  record(): WorkspaceRecord;
  dispose(): void;
};

const GONE_ELSEWHERE = 'this workspace was deleted in another tab, so it is no longer stored';
const UNREADABLE_ELSEWHERE = 'another tab stored this workspace in a form this page cannot read';

/** How things stand when a page starts: saved, or only in this page when there is no storage. */
export function startStatus(hasStorage: boolean, now = new Date()): SaveStatus {
  return hasStorage
    ? { state: 'saved', at: now.toISOString() }
    : { state: 'memory', message: 'this browser keeps no storage for Parley' };
}

/** What another tab's message asks of this page: nothing (its own, another workspace, a
 * revision already shown), reading the list of workspaces again, or loading the newer record. */
export function tabMessageAction(
  message: TabMessage | null,
  here: { tab: string; id: string; revision: number },
): 'ignore' | 'listChanged' | 'load' {
  if (!message || message.tab === here.tab) return 'ignore';
  if (message.type === 'listChanged') return 'listChanged';
  if (message.type !== 'saved' || message.workspace !== here.id) return 'ignore';
  return message.revision > here.revision ? 'load' : 'ignore';
}

/** The record the next write stores: the workspace as it is now, one revision on. */
function nextRecord(meta: RecordMeta, revision: number, workspace: Workspace): WorkspaceRecord {
  return {
    ...meta,
    revision: revision + 1,
    updatedAt: new Date().toISOString(),
    history: workspace.history(),
    review: workspace.review(),
    articles: workspace.readArticles(),
  };
}

export function attachPersistence(deps: PersistenceDeps): Persistence {
  const { storage, channel, workspace, tab } = deps;
  let revision = deps.revision;
  let status: SaveStatus = deps.initialStatus ?? startStatus(storage !== null);
  let dirty = false;
  let writing: Promise<void> | null = null;
  let disposed = false;

  const setStatus = (next: SaveStatus) => {
    status = next;
    deps.onStatus(next);
  };

  const record = (): WorkspaceRecord => nextRecord(deps.meta, revision, workspace);

  /** Takes in the stored record (another tab's); returns whether it could. */
  function adoptStored(raw: unknown, crossed: boolean): boolean {
    const read = readWorkspaceRecord(raw);
    if (!read.ok) return false;
    workspace.adopt(read.value.history, read.value.review, read.value.articles);
    revision = read.value.revision;
    deps.onAdopted({ crossed });
    return true;
  }

  async function writeLoop(): Promise<void> {
    if (!storage) return;
    while (dirty && !disposed) {
      dirty = false;
      setStatus({ state: 'saving' });
      const next = record();
      try {
        const outcome = await storage.save(next, revision);
        if (outcome.ok) {
          revision = next.revision;
          setStatus({ state: 'saved', at: next.updatedAt });
          channel?.postMessage({ type: 'saved', workspace: deps.meta.id, revision, tab });
        } else if ('gone' in outcome) {
          setStatus({ state: 'failed', message: GONE_ELSEWHERE });
          return;
        } else if (!adoptStored(outcome.conflict, true)) {
          setStatus({ state: 'failed', message: UNREADABLE_ELSEWHERE });
          return;
        } else {
          setStatus({ state: 'saved', at: new Date().toISOString() });
        }
      } catch (error) {
        setStatus({ state: 'failed', message: errorMessage(error) });
        return;
      }
    }
  }

  function schedule() {
    if (!storage || disposed) return;
    dirty = true;
    if (writing) return;
    writing = writeLoop().finally(() => {
      writing = null;
      // a change that came in after a failure is tried again
      if (dirty && status.state !== 'failed') schedule();
    });
  }

  const unsubscribe = workspace.subscribe((change) => {
    // a change taken in from another tab is already stored
    if (change.type !== 'sync') schedule();
  });

  async function onMessage(event: { data: unknown }) {
    if (disposed) return;
    const action = tabMessageAction(event.data as TabMessage | null, {
      tab,
      id: deps.meta.id,
      revision,
    });
    if (action === 'listChanged') deps.onListChanged?.();
    // a write of ours under way will meet the conflict and adopt; otherwise take it in now
    if (action !== 'load' || !storage || writing) return;
    try {
      const stored = await storage.load(deps.meta.id);
      if (stored && !writing && !disposed) adoptStored(stored.record, false);
    } catch (error) {
      setStatus({ state: 'failed', message: errorMessage(error) });
    }
  }
  channel?.addEventListener('message', onMessage);
  deps.onStatus(status);

  return {
    async flush() {
      while (writing) await writing;
    },
    retry: schedule,
    status: () => status,
    record,
    dispose() {
      disposed = true;
      unsubscribe();
      channel?.removeEventListener('message', onMessage);
    },
  };
}
