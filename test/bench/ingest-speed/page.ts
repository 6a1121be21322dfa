// The bench page for reading speed: starts the app's own ingest worker and times, from posting
// an article to it until its proposals come back, one reading after another in one worker (the
// first includes loading the language model), one reading in a fresh worker, or readings as
// Add article… makes them (ingestInWorker, which keeps the worker that answered).
import {
  type IngestReply,
  type IngestRequest,
  ingestInWorker,
} from '../../../src/ingest/ingest-in-worker';

export type IngestSpeedWindow = Window & {
  ingestSpeed: {
    /** `runs` readings in one worker, each timed in ms; the first loads the model. */
    inOneWorker(request: IngestRequest, runs: number): Promise<number[]>;
    /** One reading in a worker started for it, in ms. */
    inFreshWorker(request: IngestRequest): Promise<number>;
    /** One reading as Add article… makes it (ingestInWorker: its kept worker, or a new one). */
    throughApp(request: IngestRequest): Promise<number>;
  };
};

const startWorker = () =>
  new Worker(new URL('../../../src/ingest/ingest-worker.ts', import.meta.url), { type: 'module' });

function readOnce(worker: Worker, request: IngestRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const onMessage = (event: MessageEvent<IngestReply>) => {
      if (event.data.type !== 'done') return;
      worker.removeEventListener('message', onMessage);
      const { result } = event.data;
      if (result.ok) resolve(performance.now() - started);
      else reject(new Error(result.message));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (e) => reject(new Error(e.message)), { once: true });
    worker.postMessage(request);
  });
}

(window as unknown as IngestSpeedWindow).ingestSpeed = {
  async inOneWorker(request, runs) {
    const worker = startWorker();
    try {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await readOnce(worker, request));
      return times;
    } finally {
      worker.terminate();
    }
  },
  async throughApp(request) {
    const started = performance.now();
    const result = await ingestInWorker(request, () => {}).result;
    if (!result?.ok) throw new Error(result ? result.message : 'cancelled');
    return performance.now() - started;
  },
  async inFreshWorker(request) {
    const worker = startWorker();
    try {
      return await readOnce(worker, request);
    } finally {
      worker.terminate();
    }
  },
};
