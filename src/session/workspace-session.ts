// The open workspace's life: opening one (new on a graph, stored, the curated dataset, a new
// story, an imported file), showing it in an explorer and bringing the previous one back when it
// cannot be shown, keeping it stored as it changes, and the page's way back to it (Save dataset,
// Reset workspace: session-actions.ts). One workspace is shown at a time; main.ts wires the panels.
import { errorMessage } from '../data/errors';
import type { ParleyGraph } from '../graph/types';
import { importReportDetails } from '../io/import-report';
import { type AppState, resetForNewGraph, type Selection, showNotice } from '../state/app-state';
import type { Store } from '../state/store';
import type { AlertRegion } from '../ui/alert-region';
import { pushEmptyHash } from '../ui/url-sync';
import { newStoryGraph } from '../workspace/commands';
import { attachPersistence, type Persistence } from '../workspace/persistence';
import type { Origin } from '../workspace/record';
import {
  newWorkspace,
  type OpenedWorkspace,
  restoreWorkspace,
  textHash,
} from '../workspace/session';
import type { Workspace } from '../workspace/workspace';
import { CURATED_DATASET_ID, curatedGraph, fetchCurated } from './curated';
import { offerKeptAside } from './kept-aside';
import { adoptedNotice, type ImportFacts, importNotice, openedNotice } from './open-notices';
import type { SessionResources } from './resources';
import { saveStatusReporter } from './save-status';
import { resetWorkspace, saveDataset } from './session-actions';

/** An explorer started on a workspace: what stops it, and its way to select through the URL. */
export type ShownExplorer = { stop(): void; navigate(selection: Selection): void };

export type SessionDeps = SessionResources & {
  store: Store<AppState>;
  alerts: AlertRegion;
  /** Starts an explorer on the workspace; throws when it cannot. */
  startExplorer(opened: OpenedWorkspace): ShownExplorer;
  /** Told each workspace shown (a shared one connects to its story again). */
  onShown(opened: OpenedWorkspace): void;
  /** Whether the workspace is shared with others (their crossing changes are not a conflict). */
  isShared(workspaceId: string): boolean;
  /** The Workspaces list should be read again. */
  refreshList(): void;
};

export type Imported = ImportFacts & { graph: ParleyGraph };

export type WorkspaceSession = {
  /** Shows the workspace, stopping the one shown; `unstored` says why it could not be stored. */
  show(opened: OpenedWorkspace, unstored?: string | null): boolean;
  openNew(graph: ParleyGraph, name: string, origin: Origin): Promise<boolean>;
  /** Opens a stored workspace; `restoring` at start, when it was the one last open. */
  openStored(id: string, restoring: boolean): Promise<boolean>;
  openCurated(): Promise<void>;
  /** Starts an empty story; null, or why it could not. */
  openStory(title: string): Promise<string | null>;
  openImported(imported: Imported): Promise<void>;
  saveDataset(): void;
  reset(): Promise<void>;
  remove(id: string): Promise<void>;
  /** The workspace shown. */
  current(): OpenedWorkspace | null;
  /** The workspace being opened while its explorer mounts, else the one shown. */
  workspace(): Workspace | null;
  /** Selects through the URL of the explorer shown. */
  navigate(selection: Selection): void;
  /** Opens what the page starts on: a shared story's link, the workspace last open, or the curated dataset. */
  start(openFromLink: () => Promise<boolean>): Promise<void>;
};

type Shown = { opened: OpenedWorkspace; persistence: Persistence; explorer: ShownExplorer };

/** What the session's steps share: its dependencies and what is shown or being opened. */
type SessionContext = {
  deps: SessionDeps;
  shown: Shown | null;
  opening: OpenedWorkspace | null;
  notice(message: string): void;
  onSaveStatus: ReturnType<typeof saveStatusReporter>;
  /** Says the Workspaces list changed, here and in the other tabs. */
  tellListChanged(): void;
};

function show(ctx: SessionContext, opened: OpenedWorkspace, unstored: string | null = null) {
  const { deps } = ctx;
  const previous = ctx.shown;
  previous?.explorer.stop();
  previous?.persistence.dispose();
  ctx.shown = null;
  deps.store.update(resetForNewGraph);
  let explorer: ShownExplorer;
  ctx.opening = opened;
  try {
    explorer = deps.startExplorer(opened);
  } catch (error) {
    // the new workspace could not be shown: bring the previous one back
    ctx.opening = null;
    console.error(error);
    if (previous) show(ctx, previous.opened);
    ctx.notice(
      `${opened.meta.name} could not be shown (${errorMessage(error)}); the previous workspace is back.`,
    );
    return false;
  }
  const persistence = attachPersistence({
    // a workspace whose first record could not be written is kept in this page only: later
    // writes would leave a record without the graph it started from
    storage: unstored === null ? deps.storage : null,
    ...(unstored === null
      ? {}
      : { initialStatus: { state: 'failed' as const, message: unstored } }),
    channel: deps.channel,
    tab: deps.tab,
    workspace: opened.workspace,
    meta: opened.meta,
    revision: opened.revision,
    onStatus: ctx.onSaveStatus,
    onAdopted: ({ crossed }) =>
      ctx.notice(adoptedNotice(crossed && !deps.isShared(opened.meta.id))),
    onListChanged: deps.refreshList,
  });
  ctx.shown = { opened, persistence, explorer };
  deps.onShown(opened);
  ctx.opening = null;
  if (deps.storage && unstored === null)
    void deps.storage.setCurrent(opened.meta.id).catch(() => {});
  deps.refreshList();
  return true;
}

async function openNew(ctx: SessionContext, graph: ParleyGraph, name: string, origin: Origin) {
  const fresh = newWorkspace(graph, name, origin);
  let unstored: string | null = null;
  if (ctx.deps.storage) {
    try {
      await ctx.deps.storage.create(fresh.record, fresh.base);
    } catch (error) {
      unstored = errorMessage(error);
    }
  }
  const ok = show(ctx, fresh.opened, unstored);
  if (ok) ctx.tellListChanged();
  return ok;
}

async function openStored(ctx: SessionContext, id: string, restoring: boolean) {
  const { storage, alerts, curated } = ctx.deps;
  if (!storage) return false;
  let stored: { record: unknown; base: unknown } | null;
  try {
    stored = await storage.load(id);
  } catch (error) {
    ctx.notice(`The workspace could not be read: ${errorMessage(error)}.`);
    return false;
  }
  if (!stored) {
    if (!restoring) ctx.notice('That workspace is no longer kept in this browser.');
    return false;
  }
  const outcome = restoreWorkspace(id, stored);
  if (!outcome.ok) {
    offerKeptAside(storage, alerts, outcome.aside, outcome.reason);
    if (!restoring) ctx.tellListChanged();
    return false;
  }
  if (!show(ctx, outcome.opened)) return false;
  const { meta, workspace } = outcome.opened;
  ctx.notice(
    openedNotice({
      restoring,
      name: meta.name,
      origin: meta.origin,
      changes: workspace.history().cursor,
      migratedFrom: outcome.migratedFrom,
      curatedHash: curated ? textHash(curated.text) : undefined,
    }),
  );
  return true;
}

async function openCurated(ctx: SessionContext) {
  const fresh = ctx.deps.curated ?? (await fetchCurated(ctx.deps.store));
  const graph = fresh ? curatedGraph(fresh) : null;
  if (!fresh || !graph) return;
  await openNew(ctx, graph, graph.getAttribute('title'), {
    type: 'curated',
    datasetId: CURATED_DATASET_ID,
    datasetHash: textHash(fresh.text),
  });
}

async function openStory(ctx: SessionContext, title: string) {
  const story = newStoryGraph(title);
  if (!story.ok) return story.message;
  pushEmptyHash();
  const name = story.graph.getAttribute('title');
  const ok = await openNew(ctx, story.graph, name, { type: 'new', title: name });
  if (!ok) return 'the new story could not be opened';
  ctx.notice(`Started “${name}”, an empty story. The previous workspace stays in Workspaces.`);
  return null;
}

async function openImported(ctx: SessionContext, imported: Imported) {
  const { graph, fileName, report } = imported;
  pushEmptyHash();
  const ok = await openNew(ctx, graph, graph.getAttribute('title') || fileName, {
    type: 'import',
    fileName,
  });
  if (!ok) return;
  ctx.notice(importNotice(imported));
  // each change the import made, kept on screen until dismissed (the notice goes by)
  const changes = report ? importReportDetails(report) : [];
  if (changes.length > 0) ctx.deps.alerts.report(`What importing ${fileName} changed`, changes);
}

async function remove(ctx: SessionContext, id: string) {
  const { storage } = ctx.deps;
  if (!storage || id === ctx.shown?.opened.meta.id) return;
  try {
    await storage.remove(id);
    ctx.tellListChanged();
  } catch (error) {
    ctx.notice(`The workspace could not be deleted: ${errorMessage(error)}.`);
  }
}

function saveShown(ctx: SessionContext) {
  if (ctx.shown) saveDataset(ctx.shown.opened, ctx.deps.alerts, ctx.notice);
}

async function start(ctx: SessionContext, openFromLink: () => Promise<boolean>) {
  const { storage, storageProblem } = ctx.deps;
  if (!storage) ctx.onSaveStatus({ state: 'memory', message: storageProblem ?? 'no storage' });
  if (await openFromLink()) return;
  const currentId = storage ? await storage.getCurrent().catch(() => null) : null;
  if (currentId && (await openStored(ctx, currentId, true))) return;
  await openCurated(ctx);
}

export function createWorkspaceSession(deps: SessionDeps): WorkspaceSession {
  const ctx: SessionContext = {
    deps,
    shown: null,
    opening: null,
    notice: (message) => deps.store.update(showNotice(message)),
    onSaveStatus: saveStatusReporter(deps.store, deps.alerts, {
      saveDataset: () => saveShown(ctx),
      retry: () => ctx.shown?.persistence.retry(),
    }),
    tellListChanged() {
      deps.refreshList();
      deps.channel?.postMessage({ type: 'listChanged', tab: deps.tab });
    },
  };
  return {
    show: (opened, unstored) => show(ctx, opened, unstored),
    openNew: (graph, name, origin) => openNew(ctx, graph, name, origin),
    openStored: (id, restoring) => openStored(ctx, id, restoring),
    openCurated: () => openCurated(ctx),
    openStory: (title) => openStory(ctx, title),
    openImported: (imported) => openImported(ctx, imported),
    saveDataset: () => saveShown(ctx),
    reset: async () => {
      if (!ctx.shown) return;
      await resetWorkspace(ctx.shown, {
        storage: deps.storage,
        notice: ctx.notice,
        openCurated: () => openCurated(ctx),
        openNew: (graph, name, origin) => openNew(ctx, graph, name, origin),
      });
    },
    remove: (id) => remove(ctx, id),
    current: () => ctx.shown?.opened ?? null,
    workspace: () => (ctx.opening ?? ctx.shown?.opened)?.workspace ?? null,
    navigate: (selection) => ctx.shown?.explorer.navigate(selection),
    start: (openFromLink) => start(ctx, openFromLink),
  };
}
