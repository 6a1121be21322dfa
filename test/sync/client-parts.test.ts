// The page's side of sharing, without a page: the status line's words for each state of the
// connection, the links (made, read back, refused when mistyped), and the story API against a
// real sync server.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SyncServer, startSyncServer } from '../../src/server/sync-server';
import { createSharedStory, stopSharedStory } from '../../src/sync/story-api';
import { readStoryLink, socketUrl, storyLink } from '../../src/sync/story-links';
import { INITIAL_FACTS, syncStatus } from '../../src/sync/sync-status';
import { historyAuthors, NO_ONE_ELSE, peopleLines } from '../../src/ui/share/people-text';

describe('the status line', () => {
  it.each([
    [{ connected: true, scope: 'read-write' }, 'Connected'],
    [
      { connected: false, scope: 'read-write', unsent: 3 },
      'Offline: your changes are kept and will be sent',
    ],
    [{ connected: false, scope: null }, 'Offline: your changes are kept and will be sent'],
    [{ connected: true, scope: 'readonly' }, 'Read only'],
    [{ connected: false, scope: 'readonly' }, 'Read only'],
    [{ connected: true, scope: null }, 'Connecting…'],
    [
      { connected: true, refused: 'the link is wrong or no longer valid' },
      'Not shared: the link is wrong or no longer valid',
    ],
  ] as const)('%j says %s', (facts, text) => {
    expect(syncStatus({ ...INITIAL_FACTS, ...facts }).text).toBe(text);
  });
});

describe('story links', () => {
  const link = { id: 's-AAAAAAAAAAAAAAAAAAAAAA', token: 'T'.repeat(43) };

  it('carries the id in the query and the token in the fragment, and reads back', () => {
    const url = storyLink('http://127.0.0.1:4321/#/entity/xinhua', link);
    expect(url).toBe(`http://127.0.0.1:4321/?story=${link.id}#key=${link.token}`);
    expect(readStoryLink(url)).toEqual(link);
  });

  it.each([
    'http://127.0.0.1:4321/',
    'http://127.0.0.1:4321/?story=s-short#key=TTT',
    `http://127.0.0.1:4321/?story=${'s-AAAAAAAAAAAAAAAAAAAAAA'}#key=<script>`,
    'not a url',
  ])('names no story in %s', (url) => {
    expect(readStoryLink(url)).toBeNull();
  });

  it('finds the server’s socket beside the page', () => {
    expect(socketUrl('http://127.0.0.1:4321/?story=x#key=y')).toBe('ws://127.0.0.1:4321/');
    expect(socketUrl('https://parley.example/')).toBe('wss://parley.example/');
  });
});

describe('the story API from the page', () => {
  let server: SyncServer;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'parley-api-'));
    server = await startSyncServer({ port: 4433, dataDir });
  });
  afterAll(async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('shares a story, gives links that read back, and stops sharing with the edit token only', async () => {
    const created = await createSharedStory(server.url, 'Trade talks');
    const edit = storyLink(server.url, { id: created.id, token: created.editToken });
    expect(readStoryLink(edit)).toEqual({ id: created.id, token: created.editToken });
    await expect(stopSharedStory(server.url, created.id, created.readToken)).rejects.toThrow(
      'Stop sharing failed: only an edit link can stop sharing',
    );
    await stopSharedStory(server.url, created.id, created.editToken);
    await expect(stopSharedStory(server.url, created.id, created.editToken)).rejects.toThrow(
      'there is no such story',
    );
  });

  it('says why when the server cannot be reached', async () => {
    await expect(createSharedStory('http://127.0.0.1:4434', 'x')).rejects.toThrow(
      'Sharing failed: the sync server at http://127.0.0.1:4434 cannot be reached',
    );
  });

  it('says how to start a sync server when the page is served by a plain static server', async () => {
    const staticHost: typeof fetch = async () => new Response('Not found', { status: 404 });
    await expect(createSharedStory('http://127.0.0.1:4173', 'x', staticHost)).rejects.toThrow(
      'Sharing failed: no sync server answers here (404); start Parley with `npm run serve` to share stories',
    );
  });
});

describe('People here', () => {
  const labels: Record<string, string> = { xinhua: 'Xinhua' };
  const labelOf = (key: string) => labels[key] ?? null;

  it('names everyone else and what each is looking at, never this page’s person', () => {
    const lines = peopleLines(
      [
        { clientId: 1, name: 'Ann', selected: 'xinhua', authorId: null, self: false },
        { clientId: 2, name: 'Me', selected: 'xinhua', authorId: null, self: true },
        { clientId: 3, name: '  ', selected: 'gone-entity', authorId: null, self: false },
      ],
      labelOf,
    );
    expect(lines).toEqual(['Ann, looking at Xinhua', 'Someone']);
  });

  it('says no one else is here when alone', () => {
    expect(
      peopleLines(
        [{ clientId: 2, name: 'Me', selected: null, authorId: null, self: true }],
        labelOf,
      ),
    ).toEqual([]);
    expect(NO_ONE_ELSE).toMatch(/No one else/);
  });

  it('names the author of each change: you, the latest name they gave, or Someone', () => {
    const ann = { id: 'ann', name: '' };
    const made = [
      ['c1', ann],
      ['c2', { id: 'me', name: 'Me' }],
      ['c3', { id: 'ben', name: ' Ben ' }],
      ['c4', { id: 'cy', name: '' }],
      ['c5', { ...ann, name: 'Ann' }],
    ] as const;
    const names = historyAuthors(made, [], 'me');
    expect([...names.values()]).toEqual(['Ann', 'you', 'Ben', 'Someone', 'Ann']);
    // a name given now, in People here, names that person's earlier changes too
    const renamed = historyAuthors(made, [{ authorId: 'cy', name: 'Cy' }], 'me');
    expect(renamed.get('c4')).toBe('Cy');
  });
});
