// A worker job settles once, terminates its worker whichever way it ends, passes progress on,
// turns a failure in the worker into an answer, and gives null when cancelled.
import { describe, expect, it } from 'vitest';
import { type JobWorker, startWorkerJob } from '../../src/io/worker-job';

type Reply = { type: 'progress'; stage: string } | { type: 'done'; value: number };

/** A stand-in for a Worker: the test plays the worker's side. */
function fakeWorker() {
  const target = new EventTarget();
  let terminated = 0;
  const worker: JobWorker = {
    addEventListener: (type: string, listener: (event: never) => void) =>
      target.addEventListener(type, listener as EventListener),
    terminate: () => {
      terminated += 1;
    },
  };
  return {
    worker,
    reply: (data: Reply) => target.dispatchEvent(new MessageEvent('message', { data })),
    fail: (message: string) => target.dispatchEvent(Object.assign(new Event('error'), { message })),
    terminated: () => terminated,
  };
}

function start(fake: ReturnType<typeof fakeWorker>, stages: string[]) {
  return startWorkerJob<Reply, string>(fake.worker, {
    onReply(reply, done) {
      if (reply.type === 'progress') stages.push(reply.stage);
      else done(`answer ${reply.value}`);
    },
    onError: (message) => `failed: ${message}`,
  });
}

describe('startWorkerJob', () => {
  it('passes progress on and settles with the answer, then stops the worker', async () => {
    const fake = fakeWorker();
    const stages: string[] = [];
    const job = start(fake, stages);
    fake.reply({ type: 'progress', stage: 'Reading' });
    fake.reply({ type: 'done', value: 1 });
    fake.reply({ type: 'done', value: 2 });
    await expect(job.result).resolves.toBe('answer 1');
    expect(stages).toEqual(['Reading']);
    expect(fake.terminated()).toBe(1);
  });

  it('turns a failure in the worker into an answer', async () => {
    const fake = fakeWorker();
    const job = start(fake, []);
    fake.fail('');
    await expect(job.result).resolves.toBe('failed: worker error');
    expect(fake.terminated()).toBe(1);
  });

  it('gives null when cancelled, and ignores what the worker says after', async () => {
    const fake = fakeWorker();
    const stages: string[] = [];
    const job = start(fake, stages);
    job.cancel();
    fake.reply({ type: 'progress', stage: 'late' });
    fake.fail('late');
    await expect(job.result).resolves.toBeNull();
    expect(stages).toEqual([]);
    expect(fake.terminated()).toBe(1);
  });
});
