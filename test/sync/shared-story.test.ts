// Sharing end to end in Node, against a real sync server: a workspace shared with its history,
// opened from the edit link and from the read-only link, edits both ways, a read-only person's
// change refused by the server, and an edit made while the server is down arriving after it
// restarts on the same data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type SyncServer, startSyncServer } from '../../src/server/sync-server';
import { openSharedStory, type SharedStory, shareWorkspace } from '../../src/sync/shared-story';
import { readStoryLink } from '../../src/sync/story-links';
import { graphFromBase } from '../../src/workspace/session';
import { createWorkspace, type Workspace } from '../../src/workspace/workspace';
import { waitFor } from '../server/clients';
import { startingBase } from './people';

const PORT = 4435;
let dataDir = '';
let server: SyncServer;
const stories: SharedStory[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'parley-share-'));
  server = await startSyncServer({ port: PORT, dataDir, storeDelayMs: 20 });
});

afterEach(async () => {
  for (const story of stories.splice(0)) story.dispose();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

const label = (workspace: Workspace, key: string) => workspace.graph.getNodeAttribute(key, 'label');
const relabel = (workspace: Workspace, key: string, text: string) =>
  workspace.run('edit', `Edit ${key}`, (tx) => {
    tx.setNode(key, { label: text });
    return { ok: true };
  });

async function annShares() {
  const base = startingBase();
  const workspace = createWorkspace(graphFromBase(base));
  relabel(workspace, 'a', 'Before sharing');
  const story = await shareWorkspace({
    serverUrl: server.url,
    workspace,
    base,
    title: 'Trade talks',
    author: { id: 'ann', name: 'Ann' },
    WebSocketPolyfill: WebSocket,
  });
  stories.push(story);
  return { workspace, story };
}

async function open(link: string | null, name: string) {
  const parsed = readStoryLink(link ?? '');
  if (!parsed) throw new Error(`not a story link: ${link}`);
  const opened = await openSharedStory({
    serverUrl: server.url,
    link: parsed,
    author: { id: name, name },
    WebSocketPolyfill: WebSocket,
    timeoutMs: 5000,
  });
  stories.push(opened.story);
  return opened;
}

describe('sharing a workspace', () => {
  it('the second person sees the story with its history, and edits go both ways', async () => {
    const ann = await annShares();
    const ben = await open(ann.story.links.edit, 'Ben');
    expect(label(ben.workspace, 'a')).toBe('Before sharing');
    expect(ben.story.session.authorOf(ben.workspace.history().commands[0]?.id ?? '')?.name).toBe(
      'Ann',
    );
    relabel(ben.workspace, 'b', 'Ben’s B');
    await waitFor('Ben’s edit at Ann', () => label(ann.workspace, 'b') === 'Ben’s B');
    relabel(ann.workspace, 'c', 'Ann’s C');
    await waitFor('Ann’s edit at Ben', () => label(ben.workspace, 'c') === 'Ann’s C');
    await waitFor('Connected', () => ben.story.connection.status().text === 'Connected');
    await waitFor('Ann sees Ben', () =>
      ann.story.connection.people().some((p) => p.name === 'Ben' && !p.self),
    );
    ben.story.connection.rename('Benjamin');
    await waitFor('Ben’s new name at Ann', () =>
      ann.story.connection.people().some((p) => p.name === 'Benjamin'),
    );
    ben.story.connection.select('b');
    await waitFor('Ben’s selection at Ann', () =>
      ann.story.connection.people().some((p) => p.name === 'Benjamin' && p.selected === 'b'),
    );
  });

  it('a read-only link shows the story and changes nothing for anyone else', async () => {
    const ann = await annShares();
    const reader = await open(ann.story.links.read, 'Rita');
    expect(reader.readOnly).toBe(true);
    expect(reader.story.connection.status().text).toBe('Read only');
    relabel(reader.workspace, 'a', 'sneaked in');
    relabel(ann.workspace, 'b', 'after the attempt');
    await waitFor(
      'Ann’s later edit at the reader',
      () => label(reader.workspace, 'b') === 'after the attempt',
    );
    const late = await open(ann.story.links.edit, 'Lee');
    expect(label(late.workspace, 'a')).toBe('Before sharing');
    expect(label(ann.workspace, 'a')).toBe('Before sharing');
  });

  it('refuses a wrong link with the server’s reason', async () => {
    const ann = await annShares();
    const wrong = (ann.story.links.edit ?? '').replace(/#key=.*/, `#key=${'x'.repeat(43)}`);
    await expect(open(wrong, 'Eve')).rejects.toThrow(
      'The story cannot be opened: the link is wrong or no longer valid',
    );
  });

  it('an edit made while the server is down arrives when it is back on the same data', async () => {
    const ann = await annShares();
    const ben = await open(ann.story.links.edit, 'Ben');
    await waitFor('Ann’s start stored', () => ann.story.connection.facts().unsent === 0);
    await server.close();
    await waitFor('Offline', () => ben.story.connection.status().text.startsWith('Offline'));
    relabel(ben.workspace, 'b', 'made offline');
    server = await startSyncServer({ port: PORT, dataDir, storeDelayMs: 20 });
    await waitFor(
      'the offline edit at Ann',
      () => label(ann.workspace, 'b') === 'made offline',
      15_000,
    );
    expect(label(ann.workspace, 'a')).toBe('Before sharing');
  }, 20_000);
});
