// The only bootstrap: creates the store and the page's lasting controls, and wires them to the
// workspace session (session/workspace-session.ts), which opens the workspace kept in this browser
// (or a new one on the curated dataset) and starts an explorer on it (explorer.ts). The lasting
// controls live as long as the page, so their disposers are not kept. Nothing else in src/ runs
// at import time.
// First, before any module that builds a zod schema: zod must not compile with `new Function`
// (the Content-Security-Policy forbids eval), see data/zod-config.ts.
import './data/zod-config';
import { startExplorer } from './explorer';
import { datasetIdOf } from './session/open-notices';
import { openSessionResources } from './session/resources';
import { mountSharing } from './session/sharing';
import { createWorkspaceSession } from './session/workspace-session';
import { type AppState, INITIAL_STATE, showNotice } from './state/app-state';
import { createStore } from './state/store';
import { createAlertRegion } from './ui/alert-region';
import { mountAuthoring } from './ui/authoring';
import { mountImportControls } from './ui/import-controls';
import { mountIngest } from './ui/ingest-panel';
import {
  mountErrorAlert,
  mountLeaveGuard,
  mountToolsToggle,
  required,
  showStartFailure,
} from './ui/page-chrome';
import { mountStatusAndNotices } from './ui/status-and-notices';
import { mountWorkspaceControls, type WorkspaceControls } from './ui/workspace-controls';
import { listWorkspaces } from './workspace/session';

async function main() {
  const store = createStore<AppState>(INITIAL_STATE);
  const alerts = createAlertRegion(required('import-alert'));
  mountErrorAlert(alerts);
  mountStatusAndNotices(required('status'), required('notice'), store);
  mountToolsToggle(required('tools-toggle'), required('tools'));
  const notice = (message: string) => store.update(showNotice(message));

  const resources = await openSessionResources(store);
  const { storage } = resources;
  let controls: WorkspaceControls | null = null;
  const session = createWorkspaceSession({
    ...resources,
    store,
    alerts,
    startExplorer: (opened) =>
      startExplorer({
        workspace: opened.workspace,
        store,
        datasetId: datasetIdOf(opened.meta.origin),
        ingest,
        authoring,
      }),
    onShown: (opened) => sharing.shown(opened),
    isShared: (workspaceId) => sharing.isShared(workspaceId),
    refreshList: () => controls?.refreshList(),
  });

  const ingest = mountIngest(
    { button: required('ingest-root'), panel: required('proposals-root') },
    alerts,
    {
      store,
      getWorkspace: session.workspace,
      selectEntity: (id) => session.navigate({ type: 'entity', id }),
    },
  );

  const authoring = mountAuthoring(
    { toolbar: required('authoring-root'), panels: required('authoring-panels') },
    {
      store,
      getWorkspace: session.workspace,
      notice,
      select: (type, id) => session.navigate({ type, id }),
      openStory(title) {
        ingest.cancelReading();
        return session.openStory(title);
      },
    },
  );

  controls = mountWorkspaceControls(
    { history: required('history-root'), panel: required('workspace-root') },
    {
      store,
      undo: () => session.current()?.workspace.undo(),
      redo: () => session.current()?.workspace.redo(),
      saveDataset: session.saveDataset,
      reset: () => void session.reset(),
      listWorkspaces: () => (storage ? listWorkspaces(storage) : Promise.resolve([])),
      currentId: () => session.current()?.meta.id ?? null,
      open: (id) => void session.openStored(id, false),
      remove: session.remove,
    },
  );

  const sharing = mountSharing({
    roots: { share: required('share-root'), people: required('people-root') },
    store,
    storage,
    alerts,
    notice,
    show: session.show,
    current: session.current,
  });

  mountImportControls(required('import-root'), alerts, {
    onArticle: (file) => ingest.readFile(file),
    onImported(graph, fileName, laidOut, layoutStopped, report) {
      ingest.cancelReading();
      const counts = { entities: graph.order, relations: graph.size };
      void session.openImported({ graph, fileName, laidOut, layoutStopped, report, ...counts });
    },
  });

  mountLeaveGuard(() => store.get().saveStatus.state === 'saving');
  await session.start(sharing.openFromLink);
}

main().catch(showStartFailure);
