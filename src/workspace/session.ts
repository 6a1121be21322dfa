// Opening workspaces: a new one from a graph (the curated dataset, an imported file), a stored one
// restored (its graph rebuilt from the stored start and its commands replayed), the list of those
// kept in this browser. What cannot be read is kept aside with the reason, for download.
import { MultiGraph } from 'graphology';
import { errorDetail } from '../data/errors';
import type { ParleyGraph } from '../graph/types';
import type { RecordMeta } from './persistence';
import {
  type Origin,
  readWorkspaceBase,
  readWorkspaceRecord,
  WORKSPACE_FORMAT,
  type WorkspaceBase,
  type WorkspaceRecord,
} from './record';
import type { KeptAside, WorkspaceStorage } from './storage';
import { createWorkspace, type Workspace } from './workspace';

export type OpenedWorkspace = {
  workspace: Workspace;
  meta: RecordMeta;
  revision: number;
};

export type WorkspaceSummary = {
  id: string;
  name: string;
  updatedAt: string;
  /** Commands done (the undone ones are not counted). */
  changes: number;
  origin: Origin;
};

/** A short, stable fingerprint of a text (FNV-1a, 32 bits): tells a changed dataset file. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function newWorkspaceId(): string {
  return `ws-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The graph a stored workspace started from. */
export function graphFromBase(base: WorkspaceBase): ParleyGraph {
  const graph: ParleyGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  graph.import({
    attributes: base.graph.attributes as never,
    nodes: base.graph.nodes as never,
    edges: base.graph.edges as never,
  });
  return graph;
}

/** A new workspace on `graph`: the records to store, and the workspace itself. */
export function newWorkspace(
  graph: ParleyGraph,
  name: string,
  origin: Origin,
  now = new Date().toISOString(),
): { record: WorkspaceRecord; base: WorkspaceBase; opened: OpenedWorkspace } {
  const id = newWorkspaceId();
  const meta: RecordMeta = { format: WORKSPACE_FORMAT, id, name, origin, createdAt: now };
  const exported = graph.export();
  const base: WorkspaceBase = {
    format: WORKSPACE_FORMAT,
    id,
    graph: {
      attributes: exported.attributes as WorkspaceBase['graph']['attributes'],
      nodes: exported.nodes as WorkspaceBase['graph']['nodes'],
      edges: exported.edges as WorkspaceBase['graph']['edges'],
    },
  };
  const record: WorkspaceRecord = {
    ...meta,
    updatedAt: now,
    revision: 0,
    history: { commands: [], cursor: 0 },
    review: null,
  };
  return { record, base, opened: { workspace: createWorkspace(graph), meta, revision: 0 } };
}

export type RestoreOutcome =
  | { ok: true; opened: OpenedWorkspace; migratedFrom?: number }
  | { ok: false; reason: string; aside: KeptAside };

/** Restores a stored workspace, or says why it cannot be read (and what to keep aside). */
export function restoreWorkspace(
  id: string,
  stored: { record: unknown; base: unknown },
): RestoreOutcome {
  const keptAt = new Date().toISOString();
  const refuse = (reason: string): RestoreOutcome => ({
    ok: false,
    reason,
    aside: { workspaceId: id, reason, keptAt, raw: stored },
  });
  const record = readWorkspaceRecord(stored.record);
  if (!record.ok) return refuse(`the stored workspace cannot be read: ${record.reason}`);
  const base = readWorkspaceBase(stored.base);
  if (!base.ok)
    return refuse(`the graph the workspace started from cannot be read: ${base.reason}`);
  let workspace: Workspace;
  try {
    workspace = createWorkspace(graphFromBase(base.value), {
      history: record.value.history,
      review: record.value.review,
      articles: record.value.articles ?? {},
    });
  } catch (error) {
    return refuse(`the stored changes cannot be replayed: ${errorDetail(error)}`);
  }
  const { history: _h, review: _r, articles: _a, revision, updatedAt: _u, ...meta } = record.value;
  return {
    ok: true,
    opened: { workspace, meta, revision },
    ...(record.migratedFrom !== undefined ? { migratedFrom: record.migratedFrom } : {}),
  };
}

/** The workspaces kept in this browser, the latest first; unreadable records are left out. */
export async function listWorkspaces(storage: WorkspaceStorage): Promise<WorkspaceSummary[]> {
  const summaries: WorkspaceSummary[] = [];
  for (const raw of await storage.list()) {
    const read = readWorkspaceRecord(raw);
    if (!read.ok) continue;
    const { id, name, updatedAt, history, origin } = read.value;
    summaries.push({ id, name, updatedAt, changes: history.cursor, origin });
  }
  return summaries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

/** "12 changes", "1 change", "no changes". */
export function changesText(count: number): string {
  if (count === 0) return 'no changes';
  return `${count} change${count === 1 ? '' : 's'}`;
}
