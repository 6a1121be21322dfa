// Reading an article into the workspace: the text is checked, read by the extractor in a worker
// (one reading at a time; a new one, or another workspace opened, cancels it), and what it
// proposes becomes the workspace's review. Problems name the file; the graph stays as it was.
import { errorDetail } from '../../data/errors';
import { placeProposedEntities } from '../../ingest/apply-to-graph';
import { contextFromGraph } from '../../ingest/context-from-graph';
import {
  articleSizeProblem,
  articleTextProblem,
  type IngestJob,
  ingestInWorker,
} from '../../ingest/ingest-in-worker';
import type { Workspace } from '../../workspace/workspace';
import type { AlertRegion } from '../alert-region';
import { createReadingAlert, type ReadingAlert } from './reading-alert';

export type ArticleReading = {
  read(fileName: string, text: string, published?: string | null): Promise<void>;
  /** Reads a .txt article (dropped or picked through Import). */
  readFile(file: File): Promise<void>;
  /** Stops a reading under way. */
  cancel(): void;
};

export type ArticleReadingDeps = {
  /** The workspace on screen, or null while none is open. */
  getWorkspace(): Workspace | null;
  /** The article's proposals are the workspace's review now. */
  onReviewReady(): void;
};

const newReviewId = () =>
  `review-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Why the text cannot be read into the workspace, or null. */
function readProblem(text: string, workspace: Workspace | null): string | null {
  return (
    articleSizeProblem(new TextEncoder().encode(text).length) ??
    articleTextProblem(text) ??
    (workspace ? null : 'no graph is loaded to add the article to')
  );
}

/** Starts the extractor on the text, keeping the alert's progress up to date until it settles. */
function startJob(
  alert: ReadingAlert,
  workspace: Workspace,
  fileName: string,
  text: string,
  published: string | null,
) {
  const started = performance.now();
  let stage = 'starting';
  alert.progress(fileName, stage, started);
  const timer = setInterval(() => alert.progress(fileName, stage, started), 500);
  const job = ingestInWorker(
    {
      text: text.replace(/^\uFEFF/, ''),
      context: contextFromGraph(workspace.graph),
      meta: { fileName, published },
    },
    (next) => {
      stage = next.toLowerCase();
      alert.progress(fileName, stage, started);
    },
  );
  const stop = () => clearInterval(timer);
  job.result.then(stop, stop);
  return job;
}

export function createArticleReading(
  alerts: AlertRegion,
  deps: ArticleReadingDeps,
): ArticleReading {
  let job: IngestJob | null = null;
  const cancel = () => {
    job?.cancel();
    job = null;
  };
  const alert = createReadingAlert(alerts, () => job?.cancel());

  async function read(fileName: string, text: string, published: string | null = null) {
    cancel();
    const workspace = deps.getWorkspace();
    const problem = readProblem(text, workspace);
    if (problem || !workspace) {
      alert.problem(fileName, problem ?? 'no graph is loaded');
      return;
    }
    const current = startJob(alert, workspace, fileName, text, published);
    job = current;
    const result = await current.result;
    if (job !== current) return; // replaced by a newer reading
    job = null;
    alert.clear();
    if (result === null) return; // cancelled
    if (!result.ok) return alert.problem(fileName, result.message);
    if (deps.getWorkspace() !== workspace)
      return alert.problem(
        fileName,
        'another workspace was opened while the article was read; add it again',
      );
    const positions = Object.fromEntries(placeProposedEntities(workspace.graph, result.draft));
    workspace.setReview({ id: newReviewId(), fileName, draft: result.draft, positions });
    deps.onReviewReady();
  }

  async function readFile(file: File) {
    const tooBig = articleSizeProblem(file.size);
    if (tooBig) {
      cancel();
      return alert.problem(file.name, tooBig);
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return alert.problem(file.name, `could not be read: ${errorDetail(error)}`);
    }
    await read(file.name, text);
  }

  return { read, readFile, cancel };
}
