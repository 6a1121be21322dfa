// One job run in a module worker: its replies are read until one is the answer, an uncaught error
// in the worker becomes an answer too, and cancel() gives null; whichever comes first, the worker
// is terminated and the job settles once. Generic over the replies and the answer, so the import
// and the article reader can share it. The caller makes the Worker (`new Worker(new URL(…))`
// must stay where Vite can see it) and posts the request.

/** What the job needs of a Worker (a stand-in in tests). */
export type JobWorker = {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
};

export type WorkerJobOptions<Reply, Result> = {
  /** Reads one reply: progress is passed on, the answer is handed to `done`. */
  onReply(reply: Reply, done: (result: Result) => void): void;
  /** The answer when the worker fails; `message` names what went wrong ("worker error" if nothing). */
  onError(message: string): Result;
};

export type WorkerJob<Result> = {
  /** The answer, or null when cancelled. */
  result: Promise<Result | null>;
  cancel(): void;
};

export function startWorkerJob<Reply, Result>(
  worker: JobWorker,
  options: WorkerJobOptions<Reply, Result>,
): WorkerJob<Result> {
  let settled = false;
  let resolve: (value: Result | null) => void = () => {};
  const result = new Promise<Result | null>((r) => {
    resolve = r;
  });
  const finish = (value: Result | null) => {
    if (settled) return;
    settled = true;
    worker.terminate();
    resolve(value);
  };
  worker.addEventListener('message', (event: MessageEvent) => {
    if (!settled) options.onReply(event.data as Reply, finish);
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    finish(options.onError(event.message || 'worker error'));
  });
  return { result, cancel: () => finish(null) };
}
