// The sync server: stories shared by token, writes refused from a read-only link, bad input and
// oversized changes refused with a reason while the story stays as it was, stories kept across a
// restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SYNC_LIMITS } from '../../src/server/limits';
import { type SyncServer, startSyncServer } from '../../src/server/sync-server';
import { connect, createStory, type TestClient, waitFor } from './clients';

const PORT = 4431;
let dataDir = '';
let server: SyncServer;
const clients: TestClient[] = [];
const wsUrl = () => server.url.replace('http', 'ws');
const open = (story: string, token: string) => {
  const client = connect(wsUrl(), story, token);
  clients.push(client);
  return client;
};
const synced = (client: TestClient) => waitFor('the first sync', () => client.provider.isSynced);
const log = (client: TestClient) => client.doc.getArray<string>('log').toArray();

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'parley-sync-'));
  server = await startSyncServer({ port: PORT, dataDir, storeDelayMs: 20 });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('sharing a story', () => {
  it('gives unguessable, distinct tokens and ids', async () => {
    const a = await createStory(server.url);
    const b = await createStory(server.url);
    expect(a.id).not.toBe(b.id);
    expect(a.editToken).not.toBe(a.readToken);
    expect(a.editToken.length).toBeGreaterThanOrEqual(43);
  });

  it('carries an edit from one edit link to another, and to a read-only link', async () => {
    const story = await createStory(server.url);
    const one = open(story.id, story.editToken);
    const two = open(story.id, story.editToken);
    const reader = open(story.id, story.readToken);
    await Promise.all([synced(one), synced(two), synced(reader)]);
    one.doc.getArray<string>('log').push(['first change']);
    await waitFor('the change at the other edit link', () => log(two).length === 1);
    await waitFor('the change at the read-only link', () => log(reader).length === 1);
  });

  it('refuses, on the server, a change made through a read-only link', async () => {
    const story = await createStory(server.url);
    const writer = open(story.id, story.editToken);
    const reader = open(story.id, story.readToken);
    await Promise.all([synced(writer), synced(reader)]);
    reader.doc.getArray<string>('log').push(['sneaked in']);
    writer.doc.getArray<string>('log').push(['kept']);
    await waitFor('the writer change at the reader', () => log(reader).includes('kept'));
    // a newcomer sees only what the server took
    const late = open(story.id, story.editToken);
    await synced(late);
    await waitFor('the story at a newcomer', () => log(late).includes('kept'));
    expect(log(late)).toEqual(['kept']);
    expect(log(writer)).toEqual(['kept']);
  });

  it('refuses an unknown story and a wrong token, with a reason', async () => {
    const story = await createStory(server.url);
    const unknown = open('s-AAAAAAAAAAAAAAAAAAAAAA', story.editToken);
    const wrong = open(story.id, 'not-the-token');
    const notAnId = open('../../etc/passwd', story.editToken);
    await waitFor(
      'the refusals',
      () => !!(unknown.refused() && wrong.refused() && notAnId.refused()),
    );
    expect(unknown.refused()).toMatch(/no such story/);
    expect(wrong.refused()).toMatch(/link is wrong/);
    expect(notAnId.refused()).toMatch(/not a story id/);
  });

  it('stops sharing only with the edit token; the links stop working', async () => {
    const story = await createStory(server.url);
    const del = (token: string) =>
      fetch(`${server.url}/api/stories/${story.id}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${token}` },
      });
    expect((await del(story.readToken)).status).toBe(403);
    expect((await del(story.editToken)).status).toBe(204);
    const after = open(story.id, story.editToken);
    await waitFor('the refusal', () => after.refused() !== null);
    expect(after.refused()).toMatch(/no such story/);
  });

  it('refuses a malformed API request with a reason', async () => {
    const response = await fetch(`${server.url}/api/stories`, {
      method: 'POST',
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/not JSON/);
    const big = await fetch(`${server.url}/api/stories`, {
      method: 'POST',
      body: 'x'.repeat(10_000),
    });
    expect(big.status).toBe(413);
  });
});

describe('bad input on the sync connection', () => {
  it('refuses a malformed update with a reason, and the story stays as it was', async () => {
    const story = await createStory(server.url);
    const good = open(story.id, story.editToken);
    await synced(good);
    good.doc.getArray<string>('log').push(['before']);
    await waitFor('the change stored', () => good.provider.unsyncedChanges === 0);
    // a raw socket: authenticate, then a sync "update" message (type 0, step 2) of garbage bytes
    const raw = new WebSocket(wsUrl());
    await new Promise((resolve) => raw.once('open', resolve));
    const address = varString(story.id).length;
    // the server closes this story on that socket with a "close" message (type 7) and a reason
    const closed = new Promise<string>((resolve) =>
      raw.on('message', (data: Buffer) => {
        if (data[address] === 7) resolve(data.subarray(address + 2).toString('utf8'));
      }),
    );
    raw.send(message(story.id, [2, 0, ...varString(story.editToken)]));
    raw.send(message(story.id, [0, 2, 5, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect(await closed).toMatch(/Refused: the change is malformed/);
    raw.close();
    const late = open(story.id, story.editToken);
    await synced(late);
    await waitFor('the story at a newcomer', () => log(late).length === 1);
    expect(log(late)).toEqual(['before']);
  });

  it('refuses a change over the story size limit, naming the limit', async () => {
    await server.close();
    const limits = { ...SYNC_LIMITS, maxStoryBytes: 20_000 };
    server = await startSyncServer({ port: PORT, dataDir, storeDelayMs: 20, limits });
    const story = await createStory(server.url);
    const big = open(story.id, story.editToken);
    await synced(big);
    const reasons: string[] = [];
    big.provider.on('close', ({ event }: { event: { reason: string } }) =>
      reasons.push(event.reason),
    );
    big.doc.getArray<string>('log').push(['x'.repeat(30_000)]);
    await waitFor('the refusal', () => reasons.some((r) => r.includes('limit')));
    expect(reasons.find((r) => r.includes('limit'))).toMatch(
      /would grow to \d+ KiB, over its 20 KiB limit/,
    );
    big.close();
    const late = open(story.id, story.editToken);
    await synced(late);
    expect(log(late)).toEqual([]);
  });
});

describe('persistence', () => {
  it('keeps a story across a server restart', async () => {
    const story = await createStory(server.url);
    const one = open(story.id, story.editToken);
    await synced(one);
    one.doc.getArray<string>('log').push(['kept across restarts']);
    await waitFor('the change sent', () => one.provider.unsyncedChanges === 0);
    for (const client of clients.splice(0)) client.close();
    await server.close();
    server = await startSyncServer({ port: PORT, dataDir, storeDelayMs: 20 });
    const again = open(story.id, story.editToken);
    await synced(again);
    expect(log(again)).toEqual(['kept across restarts']);
  });
});

function varString(text: string): number[] {
  const bytes = [...Buffer.from(text)];
  return [...varUint(bytes.length), ...bytes];
}

function varUint(n: number): number[] {
  const out: number[] = [];
  let rest = n;
  while (rest > 0x7f) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
  return out;
}

function message(story: string, body: number[]): Uint8Array {
  return new Uint8Array([...varString(story), ...body]);
}
