// Runs an import in the worker and gives back a ParleyGraph, with progress and cancel. Where
// workers are unavailable, it runs on the page instead (same code, same result). The worker's
// wiring (one answer, cancel, terminate) is worker-job.ts.
import { createEmptyGraph } from '../graph/build-graph';
import type { LayoutProgress } from '../graph/layout';
import { type ImportFileText, importFiles } from './import-file';
import type { SerializedImport, WorkerReply, WorkerRequest } from './import-protocol';
import type { ImportResult } from './import-types';
import { startWorkerJob } from './worker-job';

export type ImportJob = {
  result: Promise<ImportResult | null>;
  cancel(): void;
  /** Ends the layout where it is: the import finishes with the positions reached so far. */
  stopLayout(): void;
};

function revive(reply: SerializedImport): ImportResult {
  if (!reply.ok) return reply;
  const { serialized, ...rest } = reply;
  const graph = createEmptyGraph({ title: '', schemaVersion: 1, sources: [] });
  graph.import(serialized);
  return { ...rest, graph };
}

/** Resolves with the import's result, or null when cancelled. `files`: one, or a CSV pair. */
export function importInWorker(
  files: ImportFileText[],
  onProgress: (stage: string, layout?: LayoutProgress) => void,
): ImportJob {
  if (typeof Worker === 'undefined') {
    return { result: Promise.resolve(importFiles(files)), cancel() {}, stopLayout() {} };
  }
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const job = startWorkerJob<WorkerReply, ImportResult>(worker, {
    onReply(reply, done) {
      if (reply.type === 'progress') onProgress(reply.stage, reply.layout);
      else done(revive(reply.result));
    },
    onError: (message) => ({
      ok: false,
      format: null,
      problems: [{ path: '(file)', message: `the import stopped unexpectedly: ${message}` }],
    }),
  });
  worker.postMessage({ type: 'import', files } satisfies WorkerRequest);
  return {
    ...job,
    stopLayout() {
      worker.postMessage({ type: 'stop-layout' } satisfies WorkerRequest);
    },
  };
}
