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

/** What persistence keeps between writes, changed only by the steps below. */
type Writer = {
  readonly deps: PersistenceDeps;
  /** The revision of the stored record this page shows. */
  revision: number;
  status: SaveStatus;
  /** A change not yet written. */
  dirty: boolean;
  /** The write under way, if any. */
  writing: Promise<void> | null;
  disposed: boolean;
};

function setStatus(writer: Writer, next: SaveStatus) {
  writer.status = next;
  writer.deps.onStatus(next);
}

const recordOf = (writer: Writer): WorkspaceRecord =>
  nextRecord(writer.deps.meta, writer.revision, writer.deps.workspace);

/** Takes in the stored record (another tab's); returns whether it could. */
function adoptStored(writer: Writer, raw: unknown, crossed: boolean): boolean {
  const read = readWorkspaceRecord(raw);
  if (!read.ok) return false;
  writer.deps.workspace.adopt(read.value.history, read.value.review, read.value.articles);
  writer.revision = read.value.revision;
  writer.deps.onAdopted({ crossed });
  return true;
}

/** One write of the workspace as it is now; false when writing must stop (a failure). */
async function writeOnce(writer: Writer, storage: WorkspaceStorage): Promise<boolean> {
  const { deps } = writer;
  setStatus(writer, { state: 'saving' });
  const next = recordOf(writer);
  try {
    const outcome = await storage.save(next, writer.revision);
    if (outcome.ok) {
      writer.revision = next.revision;
      setStatus(writer, { state: 'saved', at: next.updatedAt });
      const message = { workspace: deps.meta.id, revision: writer.revision, tab: deps.tab };
      deps.channel?.postMessage({ type: 'saved', ...message });
      return true;
    }
    if ('gone' in outcome) {
      setStatus(writer, { state: 'failed', message: GONE_ELSEWHERE });
      return false;
    }
    if (!adoptStored(writer, outcome.conflict, true)) {
      setStatus(writer, { state: 'failed', message: UNREADABLE_ELSEWHERE });
      return false;
    }
    setStatus(writer, { state: 'saved', at: new Date().toISOString() });
    return true;
  } catch (error) {
    setStatus(writer, { state: 'failed', message: errorMessage(error) });
    return false;
  }
}

/** Writes until no change is left unwritten, or a write fails. */
async function writeLoop(writer: Writer, storage: WorkspaceStorage): Promise<void> {
  while (writer.dirty && !writer.disposed) {
    writer.dirty = false;
    if (!(await writeOnce(writer, storage))) return;
  }
}

/** Marks a change to write: written at once, or after the write under way. */
function schedule(writer: Writer) {
  const { storage } = writer.deps;
  if (!storage || writer.disposed) return;
  writer.dirty = true;
  if (writer.writing) return;
  writer.writing = writeLoop(writer, storage).finally(() => {
    writer.writing = null;
    // a change that came in after a failure is tried again
    if (writer.dirty && writer.status.state !== 'failed') schedule(writer);
  });
}

/** Another tab's message: the list changed, or a newer record of this workspace to take in. */
async function onTabMessage(writer: Writer, data: unknown) {
  const { deps } = writer;
  if (writer.disposed) return;
  const action = tabMessageAction(data as TabMessage | null, {
    tab: deps.tab,
    id: deps.meta.id,
    revision: writer.revision,
  });
  if (action === 'listChanged') deps.onListChanged?.();
  // a write of ours under way will meet the conflict and adopt; otherwise take it in now
  if (action !== 'load' || !deps.storage || writer.writing) return;
  try {
    const stored = await deps.storage.load(deps.meta.id);
    if (stored && !writer.writing && !writer.disposed) adoptStored(writer, stored.record, false);
  } catch (error) {
    setStatus(writer, { state: 'failed', message: errorMessage(error) });
  }
}

export function attachPersistence(deps: PersistenceDeps): Persistence {
  const writer: Writer = {
    deps,
    revision: deps.revision,
    status: deps.initialStatus ?? startStatus(deps.storage !== null),
    dirty: false,
    writing: null,
    disposed: false,
  };
  const unsubscribe = deps.workspace.subscribe((change) => {
    // a change taken in from another tab is already stored
    if (change.type !== 'sync') schedule(writer);
  });
  const onMessage = (event: { data: unknown }) => onTabMessage(writer, event.data);
  deps.channel?.addEventListener('message', onMessage);
  deps.onStatus(writer.status);

  return {
    async flush() {
      while (writer.writing) await writer.writing;
    },
    retry: () => schedule(writer),
    status: () => writer.status,
    record: () => recordOf(writer),
    dispose() {
      writer.disposed = true;
      unsubscribe();
      deps.channel?.removeEventListener('message', onMessage);
    },
  };
}
