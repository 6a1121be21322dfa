// The workspaces kept in this browser: IndexedDB through `idb`. Four stores: the workspace
// records (small; written after every change), the graphs they started from (written once), a
// `meta` store with the workspace last opened, and the records that could not be read, kept
// aside for download. A write names the revision it follows, so a tab never overwrites a change
// another tab made meanwhile unseen: it is told of the conflict instead. Values are stored as
// they are and read back as `unknown`: the caller checks them (workspace/record.ts).
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { WorkspaceBase, WorkspaceRecord } from './record';

export const DATABASE_NAME = 'parley';
/** The IndexedDB layout's version. Do not change the stores without an upgrade step below. */
const DATABASE_VERSION = 1;

export type KeptAside = {
  key?: number;
  workspaceId: string;
  reason: string;
  keptAt: string;
  raw: unknown;
};

interface ParleyDb extends DBSchema {
  workspaces: { key: string; value: WorkspaceRecord };
  bases: { key: string; value: WorkspaceBase };
  meta: { key: string; value: string };
  aside: { key: number; value: KeptAside };
}

export type SaveOutcome =
  | { ok: true }
  | { ok: false; conflict: unknown }
  /** The workspace is no longer stored (deleted in another tab): nothing was written. */
  | { ok: false; gone: true };

export type WorkspaceStorage = {
  /** Every stored record, as stored (unchecked). */
  list(): Promise<unknown[]>;
  load(id: string): Promise<{ record: unknown; base: unknown } | null>;
  /** Stores a new workspace: its graph and its first record, in one transaction. */
  create(record: WorkspaceRecord, base: WorkspaceBase): Promise<void>;
  /** Writes the record if the stored one is still at `expectedRevision`; else the stored one. */
  save(record: WorkspaceRecord, expectedRevision: number): Promise<SaveOutcome>;
  remove(id: string): Promise<void>;
  getCurrent(): Promise<string | null>;
  setCurrent(id: string): Promise<void>;
  keepAside(entry: KeptAside): Promise<void>;
  listAside(): Promise<KeptAside[]>;
  close(): void;
};

/** Opens the browser's workspace store; rejects when IndexedDB is unavailable or blocked. */
export async function openWorkspaceStorage(name = DATABASE_NAME): Promise<WorkspaceStorage> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
  const db: IDBPDatabase<ParleyDb> = await openDB<ParleyDb>(name, DATABASE_VERSION, {
    upgrade(database) {
      database.createObjectStore('workspaces', { keyPath: 'id' });
      database.createObjectStore('bases', { keyPath: 'id' });
      database.createObjectStore('meta');
      database.createObjectStore('aside', { keyPath: 'key', autoIncrement: true });
    },
    blocked() {
      // an older tab holds the database open at an older layout: it is told to close below
    },
    blocking() {
      db.close();
    },
  });
  return {
    list: () => db.getAll('workspaces'),
    async load(id) {
      const tx = db.transaction(['workspaces', 'bases']);
      const [record, base] = await Promise.all([
        tx.objectStore('workspaces').get(id),
        tx.objectStore('bases').get(id),
        tx.done,
      ]);
      return record === undefined ? null : { record, base };
    },
    async create(record, base) {
      const tx = db.transaction(['workspaces', 'bases', 'meta'], 'readwrite');
      await Promise.all([
        tx.objectStore('bases').put(base),
        tx.objectStore('workspaces').put(record),
        tx.objectStore('meta').put(record.id, 'current'),
        tx.done,
      ]);
    },
    async save(record, expectedRevision) {
      const tx = db.transaction('workspaces', 'readwrite');
      const stored = (await tx.store.get(record.id)) as { revision?: unknown } | undefined;
      if (stored === undefined) {
        await tx.done;
        return { ok: false, gone: true };
      }
      if (stored.revision !== expectedRevision) {
        await tx.done;
        return { ok: false, conflict: stored };
      }
      await Promise.all([tx.store.put(record), tx.done]);
      return { ok: true };
    },
    async remove(id) {
      const tx = db.transaction(['workspaces', 'bases'], 'readwrite');
      await Promise.all([
        tx.objectStore('workspaces').delete(id),
        tx.objectStore('bases').delete(id),
        tx.done,
      ]);
    },
    getCurrent: async () => (await db.get('meta', 'current')) ?? null,
    setCurrent: async (id) => void (await db.put('meta', id, 'current')),
    keepAside: async (entry) => void (await db.add('aside', entry)),
    listAside: () => db.getAll('aside'),
    close: () => db.close(),
  };
}
