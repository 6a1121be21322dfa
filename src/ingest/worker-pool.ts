// One ingest worker kept between readings: starting a worker loads the language model again (over
// a second of a reading's time), so a worker that answered is kept idle for the next article for a
// while, then let go. A job sees a worker it borrows: its listeners are removed when it ends, and
// the worker is terminated unless it answered (a cancelled or failed reading never leaves one
// behind). One reading runs at a time; a second one at once would start a worker of its own.
import type { JobWorker } from '../io/worker-job';

type Listener = (event: Event) => void;

/** What the pool needs of a Worker (a stand-in in tests). */
export type PoolWorker = {
  addEventListener(type: string, listener: Listener): void;
  removeEventListener(type: string, listener: Listener): void;
  terminate(): void;
};

export type Borrowed<W> = {
  worker: W;
  /** Started for this job (it loads its model), not kept from an earlier one. */
  fresh: boolean;
  /** The worker as the job sees it: ending the job gives it back, or terminates it. */
  job: JobWorker;
  /** The job's answer came: the worker is fit for another reading. */
  answered(): void;
};

export type WorkerPool<W> = { borrow(): Borrowed<W>; dispose(): void };

export function createWorkerPool<W extends PoolWorker>(
  start: () => W,
  keepMs: number,
): WorkerPool<W> {
  let idle: { worker: W; timer: ReturnType<typeof setTimeout> } | null = null;
  const release = () => {
    if (!idle) return;
    clearTimeout(idle.timer);
    idle.worker.terminate();
    idle = null;
  };
  const keep = (worker: W) => {
    release();
    idle = { worker, timer: setTimeout(release, keepMs) };
  };
  const take = (): { worker: W; fresh: boolean } => {
    if (!idle) return { worker: start(), fresh: true };
    clearTimeout(idle.timer);
    const { worker } = idle;
    idle = null;
    return { worker, fresh: false };
  };
  return {
    borrow() {
      const { worker, fresh } = take();
      const listeners: [string, Listener][] = [];
      let fit = false;
      const job = {
        addEventListener(type: string, listener: Listener) {
          listeners.push([type, listener]);
          worker.addEventListener(type, listener);
        },
        terminate() {
          for (const [type, listener] of listeners.splice(0))
            worker.removeEventListener(type, listener);
          if (fit) keep(worker);
          else worker.terminate();
        },
      } as JobWorker;
      return { worker, fresh, job, answered: () => (fit = true) };
    },
    dispose: release,
  };
}
