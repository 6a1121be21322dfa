// Two sync server instances behind one Redis (Hocuspocus's Redis extension), as they would run
// behind a load balancer: an edit made through one reaches a client of the other. The test starts
// its own redis-server on a loopback port; without one installed it is skipped, saying why.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SyncServer, startSyncServer } from '../../src/server/sync-server';
import { connect, createStory, type TestClient, waitFor } from './clients';

const REDIS_PORT = 4462;
const PORTS = [4463, 4464] as const;

function hasRedis(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const redisThere = hasRedis();
if (!redisThere)
  console.warn(
    'redis-scale-out: skipped, redis-server is not installed (apt-get install redis-server)',
  );

async function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe.skipIf(!redisThere)('two server instances sharing stories through Redis', () => {
  let redis: ChildProcess;
  let dataDir = '';
  const servers: SyncServer[] = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    redis = spawn(
      'redis-server',
      ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      up = await portOpen(REDIS_PORT);
      if (!up) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!up) throw new Error(`redis-server did not open port ${REDIS_PORT} within 5 s`);
    dataDir = await mkdtemp(join(tmpdir(), 'parley-redis-'));
    for (const port of PORTS)
      servers.push(
        await startSyncServer({
          port,
          dataDir,
          storeDelayMs: 20,
          redis: { host: '127.0.0.1', port: REDIS_PORT },
        }),
      );
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    for (const server of servers) await server.close();
    redis?.kill('SIGTERM');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('carries an edit made through one instance to a client of the other, both ways', async () => {
    const [one, two] = servers as [SyncServer, SyncServer];
    const story = await createStory(one.url);
    const ann = connect(one.url.replace('http', 'ws'), story.id, story.editToken);
    const ben = connect(two.url.replace('http', 'ws'), story.id, story.editToken);
    clients.push(ann, ben);
    await waitFor('both synced', () => ann.provider.isSynced && ben.provider.isSynced);
    ann.doc.getArray<string>('log').push(['through the first instance']);
    await waitFor(
      'the edit at the second instance’s client',
      () => ben.doc.getArray('log').length === 1,
      10_000,
    );
    ben.doc.getArray<string>('log').push(['through the second instance']);
    await waitFor(
      'the reply at the first instance’s client',
      () => ann.doc.getArray('log').length === 2,
      10_000,
    );
    expect(ann.doc.getArray('log').toArray()).toEqual(ben.doc.getArray('log').toArray());
  }, 20_000);
});
