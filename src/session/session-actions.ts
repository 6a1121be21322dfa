// The two ways back from the workspace shown: Save dataset (the graph as a Parley dataset file)
// and Reset workspace (a new workspace on the graph it started from; the one left stays listed).
import type { ParleyGraph } from '../graph/types';
import { downloadText } from '../io/download';
import type { AlertRegion } from '../ui/alert-region';
import { datasetText } from '../workspace/dataset-document';
import { inWorkspaceOrder } from '../workspace/order';
import type { Persistence } from '../workspace/persistence';
import { type Origin, readWorkspaceBase } from '../workspace/record';
import { graphFromBase, type OpenedWorkspace } from '../workspace/session';
import type { WorkspaceStorage } from '../workspace/storage';
import { beforeResetName, datasetIdOf } from './open-notices';

/** Downloads the workspace's graph as a dataset, or says why it cannot be one. */
export function saveDataset(
  opened: OpenedWorkspace,
  alerts: AlertRegion,
  notice: (message: string) => void,
): void {
  const { workspace, meta } = opened;
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

export type ResetDeps = {
  storage: WorkspaceStorage | null;
  notice(message: string): void;
  openCurated(): Promise<void>;
  openNew(graph: ParleyGraph, name: string, origin: Origin): Promise<boolean>;
};

/** Opens a new workspace on what the shown one started from; the one left is kept, renamed. */
export async function resetWorkspace(
  shown: { opened: OpenedWorkspace; persistence: Persistence },
  deps: ResetDeps,
): Promise<void> {
  const { storage, notice } = deps;
  const { meta } = shown.opened;
  // the workspace being left stays listed under a name that says what it is
  if (storage) {
    await shown.persistence.flush();
    const latest = shown.persistence.record();
    await storage
      .save({ ...latest, name: beforeResetName(meta.name, new Date()) }, latest.revision - 1)
      .catch(() => {});
  }
  if (meta.origin.type === 'curated') {
    await deps.openCurated();
  } else {
    const stored = storage ? await storage.load(meta.id).catch(() => null) : null;
    const base = readWorkspaceBase(stored?.base);
    const graph = base.ok ? graphFromBase(base.value) : null;
    if (!graph) {
      notice('The file this workspace was imported from is no longer kept; import it again.');
      return;
    }
    await deps.openNew(graph, meta.name, meta.origin);
  }
  notice(
    'The workspace is back to the dataset as it was opened; the one before is kept in Workspaces.',
  );
}
