// The only bootstrap: creates the store and the page's lasting controls, opens the workspace kept
// in this browser (or a new one on the curated dataset), and starts an explorer on it (explorer.ts).
// Opening another workspace (an import, one from the Workspaces list, a reset) stops that explorer
// and starts one on the new workspace; changes within a workspace never remount anything. The
// page's lasting controls (status, alerts, import, article reading, workspace controls) live as
// long as the page, so their disposers are not kept. Nothing else in src/ runs at import time.
// First, before any module that builds a zod schema: zod must not compile with `new Function`
// (the Content-Security-Policy forbids eval), see data/zod-config.ts.
import './data/zod-config';
import datasetUrl from '../graph-data/us-china-trade-talks.json?url';
import { errorMessage } from './data/errors';
import { formatProblems, parseDatasetText } from './data/validate';
import { startExplorer } from './explorer';
import { buildGraph } from './graph/build-graph';
import type { LayoutProgress } from './graph/layout';
import type { ParleyGraph } from './graph/types';
import { downloadText } from './io/download';
import { formatImportNotice, type ImportReport, importReportDetails } from './io/import-report';
import { mountSharing } from './session/sharing';
import {
  type AppState,
  INITIAL_STATE,
  resetForNewGraph,
  setSaveStatus,
  setStatus,
  showNotice,
} from './state/app-state';
import { createStore, type Store } from './state/store';
import { type AlertRegion, createAlertRegion } from './ui/alert-region';
import { mountAuthoring } from './ui/authoring';
import { mountImportControls } from './ui/import-controls';
import { type IngestUi, mountIngest } from './ui/ingest-panel';
import { mountStatusView } from './ui/status-view';
import { mountWorkspaceControls, type WorkspaceControls } from './ui/workspace-controls';
import { newStoryGraph } from './workspace/commands';
import { datasetText } from './workspace/dataset-document';
import { inWorkspaceOrder } from './workspace/order';
import {
  attachPersistence,
  type Channel,
  type Persistence,
  type SaveStatus,
} from './workspace/persistence';
import { type Origin, readWorkspaceBase } from './workspace/record';
import {
  changesText,
  graphFromBase,
  listWorkspaces,
  newWorkspace,
  type OpenedWorkspace,
  restoreWorkspace,
  textHash,
} from './workspace/session';
import type { KeptAside, WorkspaceStorage } from './workspace/storage';
import { openWorkspaceStorage } from './workspace/storage';

const DEFAULT_DATASET_ID = 'us-china-trade-talks';
const CHANNEL_NAME = 'parley-workspaces';

function required<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Parley: the page has no #${id} element`);
  return node as T;
}

/** The curated dataset's text, checked, or null with the load status saying why. */
async function fetchCurated(store: Store<AppState>): Promise<{ text: string } | null> {
  const file = `${DEFAULT_DATASET_ID}.json`;
  let text: string;
  try {
    const response = await fetch(datasetUrl);
    if (!response.ok)
      throw new Error(`the server answered ${response.status} ${response.statusText}`);
    text = await response.text();
  } catch (error) {
    store.update(
      setStatus({
        state: 'error',
        title: 'The graph could not be loaded',
        details: [`${file}: ${errorMessage(error)}`],
      }),
    );
    return null;
  }
  const result = parseDatasetText(text);
  if (!result.ok) {
    store.update(
      setStatus({
        state: 'error',
        title: `${file} is not a valid dataset`,
        details: formatProblems(file, result.problems),
      }),
    );
    return null;
  }
  return { text };
}

/**
 * The last resort: an uncaught error or rejected promise (a panel that threw, say) is logged and
 * shown in a dismissable alert; the graph, the selection and the URL stay as they were.
 */
function mountErrorAlert(alerts: AlertRegion): void {
  const show = (reason: unknown) => {
    console.error('Parley: unexpected error', reason);
    alerts.problem({
      title: 'Something went wrong',
      lines: [errorMessage(reason).slice(0, 300)],
      reassurance: 'The graph you were exploring is unchanged; you can keep working.',
    });
  };
  window.addEventListener('error', (event) => show(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => show(event.reason));
}

/** What the import notice says of the layout: none needed, done, or stopped part way. */
function layoutNote(laidOut: boolean, stopped: LayoutProgress | undefined) {
  if (!laidOut) return '';
  if (stopped)
    return ` (layout stopped after ${stopped.done} of ${stopped.total} iterations, as you asked)`;
  return ' (laid out, as the file had no positions)';
}

function mountToolsToggle(button: HTMLButtonElement, tools: HTMLElement): void {
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    tools.classList.toggle('open', open);
  });
}

const fileSafe = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'graph';

const datasetIdOf = (origin: Origin) => {
  if (origin.type === 'curated') return origin.datasetId;
  if (origin.type === 'new') return fileSafe(origin.title.toLowerCase());
  return fileSafe(origin.fileName.replace(/\.[^.]+$/, ''));
};

const sinceWhat = (origin: Origin) => {
  if (origin.type === 'curated') return 'the curated dataset';
  if (origin.type === 'new') return 'the story began';
  return `${origin.fileName} was imported`;
};

type Shown = {
  opened: OpenedWorkspace;
  persistence: Persistence;
  stop: () => void;
};

async function main() {
  const store = createStore<AppState>(INITIAL_STATE);
  const alerts = createAlertRegion(required('import-alert'));
  mountErrorAlert(alerts);
  mountStatusView(required('status'), required('notice'), store);
  mountToolsToggle(required('tools-toggle'), required('tools'));

  const tab = `tab-${Math.random().toString(36).slice(2, 10)}`;
  const channel: Channel | null =
    typeof BroadcastChannel === 'undefined'
      ? null
      : (new BroadcastChannel(CHANNEL_NAME) as unknown as Channel);
  const [storageOutcome, curated] = await Promise.all([
    openWorkspaceStorage().then(
      (storage): { storage: WorkspaceStorage | null; problem: string | null } => ({
        storage,
        problem: null,
      }),
      (error: unknown) => ({ storage: null, problem: errorMessage(error) }),
    ),
    fetchCurated(store),
  ]);
  const { storage } = storageOutcome;
  let shown: Shown | null = null;
  /** The workspace being opened, while its explorer mounts (the panels ask for it meanwhile). */
  let opening: OpenedWorkspace | null = null;
  let controls: WorkspaceControls | null = null;

  const notice = (message: string) => store.update(showNotice(message));
  const tellListChanged = () => {
    controls?.refreshList();
    channel?.postMessage({ type: 'listChanged', tab });
  };

  /** Says at once when the work stops being stored, with the way to keep it. */
  function onSaveStatus(status: SaveStatus) {
    const previous = store.get().saveStatus;
    store.update(setSaveStatus(status));
    const failing = status.state === 'failed' || status.state === 'memory';
    const wasFailing = previous.state === 'failed' || previous.state === 'memory';
    if (failing && !(wasFailing && previous.state === status.state)) {
      alerts.problem({
        title: 'Your changes are not being saved in this browser',
        lines: [status.message],
        reassurance:
          'The explorer keeps working, and what you see is kept while this page stays open. Save dataset downloads your work as a file.',
        actions: [
          { text: 'Save dataset', run: saveDataset },
          ...(status.state === 'failed'
            ? [{ text: 'Try again', run: () => shown?.persistence.retry() }]
            : []),
        ],
      });
    }
  }

  /** Starts an explorer on the workspace; `unstored` says why it could not be stored, if so. */
  function show(opened: OpenedWorkspace, unstored: string | null = null): boolean {
    const previous = shown;
    previous?.stop();
    previous?.persistence.dispose();
    store.update(resetForNewGraph);
    let stop: () => void;
    opening = opened;
    try {
      stop = startExplorer({
        workspace: opened.workspace,
        store,
        datasetId: datasetIdOf(opened.meta.origin),
        ingest,
        authoring,
      });
    } catch (error) {
      // the new workspace could not be shown: bring the previous one back
      opening = null;
      console.error(error);
      if (previous) show(previous.opened);
      notice(
        `${opened.meta.name} could not be shown (${errorMessage(error)}); the previous workspace is back.`,
      );
      return false;
    }
    const persistence = attachPersistence({
      // a workspace whose first record could not be written is kept in this page only: later
      // writes would leave a record without the graph it started from
      storage: unstored === null ? storage : null,
      ...(unstored === null
        ? {}
        : { initialStatus: { state: 'failed' as const, message: unstored } }),
      channel,
      tab,
      workspace: opened.workspace,
      meta: opened.meta,
      revision: opened.revision,
      onStatus: onSaveStatus,
      onAdopted: ({ crossed }) =>
        notice(
          crossed && !sharing.isShared(opened.meta.id)
            ? 'This workspace was changed in another tab at the same moment: its changes are shown, and your last change was not kept. Please make it again.'
            : 'Brought up to date with the change made in another tab.',
        ),
      onListChanged: () => controls?.refreshList(),
    });
    shown = { opened, persistence, stop };
    sharing.shown(opened);
    opening = null;
    if (storage && unstored === null) void storage.setCurrent(opened.meta.id).catch(() => {});
    controls?.refreshList();
    return true;
  }

  /** A new workspace on `graph`, stored, then shown. */
  async function openNew(graph: ParleyGraph, name: string, origin: Origin): Promise<boolean> {
    const fresh = newWorkspace(graph, name, origin);
    let unstored: string | null = null;
    if (storage) {
      try {
        await storage.create(fresh.record, fresh.base);
      } catch (error) {
        unstored = errorMessage(error);
      }
    }
    const ok = show(fresh.opened, unstored);
    if (ok) tellListChanged();
    return ok;
  }

  function offerKeptAside(aside: KeptAside, reason: string) {
    // moved aside: out of the Workspaces list, kept whole for download
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
              `parley-workspace-kept-aside-${new Date().toISOString().slice(0, 10)}.json`,
              `${JSON.stringify(aside, null, 2)}\n`,
              'application/json',
            ),
        },
      ],
    });
  }

  /** Opens a stored workspace; says so, or why it could not. */
  async function openStored(id: string, restoring: boolean): Promise<boolean> {
    if (!storage) return false;
    let stored: { record: unknown; base: unknown } | null;
    try {
      stored = await storage.load(id);
    } catch (error) {
      notice(`The workspace could not be read: ${errorMessage(error)}.`);
      return false;
    }
    if (!stored) {
      if (!restoring) notice('That workspace is no longer kept in this browser.');
      return false;
    }
    const outcome = restoreWorkspace(id, stored);
    if (!outcome.ok) {
      offerKeptAside(outcome.aside, outcome.reason);
      if (!restoring) tellListChanged();
      return false;
    }
    if (!show(outcome.opened)) return false;
    const { meta, workspace } = outcome.opened;
    const count = workspace.history().cursor;
    const updated =
      meta.origin.type === 'curated' &&
      curated &&
      meta.origin.datasetHash !== textHash(curated.text)
        ? ' The curated dataset has been updated since this workspace began: Reset workspace starts from the new one.'
        : '';
    const migrated =
      outcome.migratedFrom !== undefined ? ' (its stored format was brought up to date)' : '';
    notice(
      `${restoring ? 'Restored your workspace' : `Opened ${meta.name}`}: ${changesText(count)} since ${sinceWhat(meta.origin)}${migrated}.${updated}`,
    );
    return true;
  }

  async function openCurated(): Promise<void> {
    const fresh = curated ?? (await fetchCurated(store));
    if (!fresh) return;
    // a fresh graph every time (the one fetched at start may be in use by a workspace)
    const result = parseDatasetText(fresh.text);
    if (!result.ok) return;
    const graph = buildGraph(result.dataset);
    await openNew(graph, graph.getAttribute('title'), {
      type: 'curated',
      datasetId: DEFAULT_DATASET_ID,
      datasetHash: textHash(fresh.text),
    });
  }

  function saveDataset() {
    if (!shown) return;
    const { workspace, meta } = shown.opened;
    const fileName = `${datasetIdOf(meta.origin)}.json`;
    const saved = datasetText(inWorkspaceOrder(workspace.graph, workspace.order), fileName);
    if (!saved.ok) {
      alerts.problem({
        title: 'This graph cannot be saved as a Parley dataset',
        lines: saved.problems,
        reassurance:
          'Nothing was downloaded and nothing changed. Export graph (JSON) keeps everything in graphology’s format.',
      });
      return;
    }
    downloadText(fileName, saved.text, 'application/json');
    notice(`Saved the dataset as ${fileName}.`);
  }

  async function resetWorkspace() {
    if (!shown) return;
    const { meta } = shown.opened;
    const before = shown;
    // the workspace being left stays listed under a name that says what it is
    if (storage) {
      const stamp = new Date().toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
      await before.persistence.flush();
      const latest = before.persistence.record();
      await storage
        .save({ ...latest, name: `${meta.name} (before reset, ${stamp})` }, latest.revision - 1)
        .catch(() => {});
    }
    if (meta.origin.type === 'curated') {
      await openCurated();
    } else {
      const stored = storage ? await storage.load(meta.id).catch(() => null) : null;
      const base = readWorkspaceBase(stored?.base);
      const graph = base.ok ? graphFromBase(base.value) : null;
      if (!graph) {
        notice('The file this workspace was imported from is no longer kept; import it again.');
        return;
      }
      await openNew(graph, meta.name, meta.origin);
    }
    notice(
      'The workspace is back to the dataset as it was opened; the one before is kept in Workspaces.',
    );
  }

  const ingest: IngestUi = mountIngest(
    { button: required('ingest-root'), panel: required('proposals-root') },
    alerts,
    {
      store,
      getWorkspace: () => (opening ?? shown?.opened)?.workspace ?? null,
      selectEntity(id) {
        window.location.hash = `#/entity/${encodeURIComponent(id)}`;
      },
    },
  );

  const authoring = mountAuthoring(
    { toolbar: required('authoring-root'), panels: required('authoring-panels') },
    {
      store,
      getWorkspace: () => (opening ?? shown?.opened)?.workspace ?? null,
      notice,
      select(type, id) {
        window.location.hash = `#/${type}/${encodeURIComponent(id)}`;
      },
      async openStory(title) {
        const story = newStoryGraph(title);
        if (!story.ok) return story.message;
        ingest.cancelReading();
        window.history.pushState(null, '', '#/');
        const name = story.graph.getAttribute('title');
        const ok = await openNew(story.graph, name, { type: 'new', title: name });
        if (!ok) return 'the new story could not be opened';
        notice(`Started “${name}”, an empty story. The previous workspace stays in Workspaces.`);
        return null;
      },
    },
  );

  controls = mountWorkspaceControls(
    { history: required('history-root'), panel: required('workspace-root') },
    {
      store,
      undo: () => shown?.opened.workspace.undo(),
      redo: () => shown?.opened.workspace.redo(),
      saveDataset,
      reset: () => void resetWorkspace(),
      listWorkspaces: () => (storage ? listWorkspaces(storage) : Promise.resolve([])),
      currentId: () => shown?.opened.meta.id ?? null,
      open: (id) => void openStored(id, false),
      async remove(id) {
        if (!storage || id === shown?.opened.meta.id) return;
        try {
          await storage.remove(id);
          tellListChanged();
        } catch (error) {
          notice(`The workspace could not be deleted: ${errorMessage(error)}.`);
        }
      },
    },
  );

  const sharing = mountSharing({
    roots: { share: required('share-root'), people: required('people-root') },
    store,
    storage,
    alerts,
    notice,
    show,
    current: () => shown?.opened ?? null,
  });

  mountImportControls(required('import-root'), alerts, {
    onArticle: (file) => ingest.readFile(file),
    onImported(
      graph: ParleyGraph,
      fileName: string,
      laidOut: boolean,
      layoutStopped?: LayoutProgress,
      report?: ImportReport,
    ) {
      ingest.cancelReading();
      window.history.pushState(null, '', '#/');
      void openNew(graph, graph.getAttribute('title') || fileName, {
        type: 'import',
        fileName,
      }).then((ok) => {
        if (!ok) return;
        const words = report
          ? formatImportNotice(report)
          : `Imported ${graph.order} entities and ${graph.size} relations from ${fileName}${layoutNote(laidOut, layoutStopped)}.`;
        notice(`${words} The previous workspace stays in Workspaces.`);
        // each change the import made, kept on screen until dismissed (the notice goes by)
        const changes = report ? importReportDetails(report) : [];
        if (changes.length > 0) alerts.report(`What importing ${fileName} changed`, changes);
      });
    },
  });

  window.addEventListener('beforeunload', (event) => {
    // a change is being written this very moment: ask before the tab goes
    if (store.get().saveStatus.state === 'saving') event.preventDefault();
  });

  if (!storage) onSaveStatus({ state: 'memory', message: storageOutcome.problem ?? 'no storage' });
  if (await sharing.openFromLink()) return;
  const currentId = storage ? await storage.getCurrent().catch(() => null) : null;
  if (currentId && (await openStored(currentId, true))) return;
  await openCurated();
}

main().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById('status');
  if (status) {
    status.hidden = false;
    status.textContent = `Parley failed to start: ${errorMessage(error)}`;
    status.setAttribute('role', 'alert');
  }
});
