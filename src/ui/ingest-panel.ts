// Adding an article: the "Add article…" dialog for pasted text (ui/article-dialog; a dropped or
// picked .txt file comes through the Import control), a progress status with Cancel while the
// extractor reads it in a worker (ingest/article-reading.ts), then the Proposals panel
// (ingest/proposals-panel.ts). The review is the workspace's; each Accept or Reject is a workspace
// command, so it can be undone. Problems go to the import alert, naming the file; the graph stays
// as it was.
import type { AppState } from '../state/app-state';
import type { Store } from '../state/store';
import type { Workspace } from '../workspace/workspace';
import type { AlertRegion } from './alert-region';
import { mountArticleDialog } from './article-dialog';
import { createArticleReading } from './ingest/article-reading';
import { mountProposalsPanel } from './ingest/proposals-panel';

export type IngestDeps = {
  store: Store<AppState>;
  /** The workspace on screen, or null while none is open. */
  getWorkspace(): Workspace | null;
  selectEntity(id: string): void;
};

export type IngestUi = {
  /** Reads a .txt article (dropped or picked through Import). */
  readFile(file: File): void;
  /** Stops a reading under way (another graph is being opened). */
  cancelReading(): void;
  /** The part of the page the Proposals panel covers, so the overlay keeps out from under it. */
  covered(): DOMRect | null;
  dispose(): void;
};

export function mountIngest(
  roots: { button: HTMLElement; panel: HTMLElement },
  alerts: AlertRegion,
  deps: IngestDeps,
): IngestUi {
  const reading = createArticleReading(alerts, {
    getWorkspace: deps.getWorkspace,
    onReviewReady: () => proposals.focusTitle(),
  });
  const dialog = mountArticleDialog(
    roots.button,
    (fileName, text, published) => void reading.read(fileName, text, published),
  );
  const proposals = mountProposalsPanel(roots.panel, {
    ...deps,
    focusButton: () => dialog.focusButton(),
  });
  return {
    readFile: (file) => void reading.readFile(file),
    cancelReading: reading.cancel,
    covered: proposals.covered,
    dispose() {
      reading.cancel();
      dialog.dispose();
      proposals.dispose();
    },
  };
}
