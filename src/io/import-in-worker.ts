// Runs an import in the worker and gives back a ParleyGraph, with progress and cancel. Where
// workers are unavailable, it runs on the page instead (same code, same result).
import { createEmptyGraph } from '../graph/build-graph';
import type { LayoutProgress } from '../graph/layout';
import { type ImportFileText, importFiles } from './import-file';
import type { SerializedImport, WorkerReply, WorkerRequest } from './import-protocol';
import type { ImportResult } from './import-types';

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
  let settle: (value: ImportResult | null) => void = () => {};
  const result = new Promise<ImportResult | null>((resolve) => {
    settle = resolve;
  });
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    if (event.data.type === 'progress') onProgress(event.data.stage, event.data.layout);
    else {
      worker.terminate();
      settle(revive(event.data.result));
    }
  });
  worker.addEventListener('error', (event) => {
    worker.terminate();
    settle({
      ok: false,
      format: null,
      problems: [
        {
          path: '(file)',
          message: `the import stopped unexpectedly: ${event.message || 'worker error'}`,
        },
      ],
    });
  });
  worker.postMessage({ type: 'import', files } satisfies WorkerRequest);
  return {
    result,
    cancel() {
      worker.terminate();
      settle(null);
    },
    stopLayout() {
      worker.postMessage({ type: 'stop-layout' } satisfies WorkerRequest);
    },
  };
}
