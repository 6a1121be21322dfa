// The ingest worker kept between readings: a worker that answered serves the next article (its
// model already loaded) until it has waited too long; a cancelled or failed reading never leaves
// one behind, and a job's listeners never hear the next job's messages.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkerPool, type PoolWorker } from '../../src/ingest/worker-pool';
import { startWorkerJob } from '../../src/io/worker-job';

class FakeWorker implements PoolWorker {
  terminated = false;
  readonly target = new EventTarget();
  addEventListener(type: string, listener: (event: Event) => void) {
    this.target.addEventListener(type, listener);
  }
  removeEventListener(type: string, listener: (event: Event) => void) {
    this.target.removeEventListener(type, listener);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.target.dispatchEvent(new MessageEvent('message', { data }));
  }
}

function setup() {
  const started: FakeWorker[] = [];
  const pool = createWorkerPool(() => {
    const worker = new FakeWorker();
    started.push(worker);
    return worker;
  }, 1000);
  /** A job that answers on a 'done' reply, as the ingest job does. */
  const run = () => {
    const borrowed = pool.borrow();
    const job = startWorkerJob<string, string>(borrowed.job, {
      onReply(reply, done) {
        borrowed.answered();
        done(reply);
      },
      onError: (message) => message,
    });
    return { ...borrowed, ...job };
  };
  return { started, pool, run };
}

describe('the ingest worker pool', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the worker that answered to the next reading, without starting another', async () => {
    const { started, run } = setup();
    const first = run();
    expect(first.fresh).toBe(true);
    first.worker.reply('draft one');
    expect(await first.result).toBe('draft one');
    expect(first.worker.terminated).toBe(false);
    const second = run();
    expect(second.fresh).toBe(false);
    expect(second.worker).toBe(first.worker);
    expect(started).toHaveLength(1);
    second.worker.reply('draft two');
    // the first job's listener is gone: it does not read the second job's answer
    expect(await second.result).toBe('draft two');
  });

  it('terminates a worker whose reading was cancelled, and starts a fresh one next', async () => {
    const { started, run } = setup();
    const first = run();
    first.cancel();
    expect(await first.result).toBeNull();
    expect(first.worker.terminated).toBe(true);
    expect(run().fresh).toBe(true);
    expect(started).toHaveLength(2);
  });

  it('terminates a worker that failed', async () => {
    const { run } = setup();
    const first = run();
    // Node has no ErrorEvent: an Event carrying the message stands in for it
    first.worker.target.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
    expect(await first.result).toBe('boom');
    expect(first.worker.terminated).toBe(true);
  });

  it('lets an idle worker go after it has waited too long, and on dispose', async () => {
    const { pool, run } = setup();
    const first = run();
    first.worker.reply('draft');
    await first.result;
    vi.advanceTimersByTime(999);
    expect(first.worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(first.worker.terminated).toBe(true);
    const second = run();
    second.worker.reply('draft');
    await second.result;
    pool.dispose();
    expect(second.worker.terminated).toBe(true);
  });
});
