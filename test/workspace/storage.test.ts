// The workspace kept in the browser: stored as it changes, restored identical, two tabs kept in
// step, and records that cannot be read kept aside with the reason. IndexedDB is fake-indexeddb.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { buildGraph } from '../../src/graph/build-graph';
import { exportJsonText } from '../../src/io/export-json';
import {
  ADD_ENTITY,
  ADD_RELATION,
  ADD_SOURCE,
  newStoryGraph,
  runCommand,
} from '../../src/workspace/commands';
import { editEntity } from '../../src/workspace/commands/edit';
import { mergeEntities } from '../../src/workspace/commands/merge';
import { removeRelation } from '../../src/workspace/commands/remove-relation';
import { inWorkspaceOrder } from '../../src/workspace/order';
import {
  attachPersistence,
  type Channel,
  type SaveStatus,
  type TabMessage,
} from '../../src/workspace/persistence';
import { readWorkspaceRecord, WORKSPACE_FORMAT } from '../../src/workspace/record';
import {
  listWorkspaces,
  newWorkspace,
  type OpenedWorkspace,
  restoreWorkspace,
} from '../../src/workspace/session';
import { openWorkspaceStorage, type WorkspaceStorage } from '../../src/workspace/storage';
import type { Workspace } from '../../src/workspace/workspace';

const curatedGraph = () =>
  buildGraph(
    DatasetSchema.parse(JSON.parse(readFileSync('graph-data/us-china-trade-talks.json', 'utf8'))),
  );
const exported = (ws: Workspace) => exportJsonText(inWorkspaceOrder(ws.graph, ws.order));

let databases = 0;
const opened: WorkspaceStorage[] = [];
async function freshStorage(name = `parley-test-${++databases}`) {
  const storage = await openWorkspaceStorage(name);
  opened.push(storage);
  return { storage, name };
}
afterEach(() => {
  for (const storage of opened.splice(0)) storage.close();
});

/** A BroadcastChannel between tabs of one test: messages reach every other tab. */
function channels() {
  const tabs = new Set<(event: { data: unknown }) => void>();
  return (): Channel => {
    const own = new Set<(event: { data: unknown }) => void>();
    return {
      postMessage(message: TabMessage) {
        for (const listener of tabs) if (!own.has(listener)) listener({ data: message });
      },
      addEventListener(_type, listener) {
        own.add(listener);
        tabs.add(listener);
      },
      removeEventListener(_type, listener) {
        own.delete(listener);
        tabs.delete(listener);
      },
    };
  };
}

function attach(
  storage: WorkspaceStorage,
  o: OpenedWorkspace,
  tab = 'tab-1',
  channel: Channel | null = null,
) {
  const statuses: SaveStatus[] = [];
  const adopted: boolean[] = [];
  const persistence = attachPersistence({
    storage,
    channel,
    tab,
    workspace: o.workspace,
    meta: o.meta,
    revision: o.revision,
    onStatus: (s) => statuses.push(s),
    onAdopted: ({ crossed }) => adopted.push(crossed),
  });
  return { persistence, statuses, adopted };
}

async function createStored(storage: WorkspaceStorage) {
  const fresh = newWorkspace(curatedGraph(), 'US–China trade talks', {
    type: 'curated',
    datasetId: 'us-china-trade-talks',
    datasetHash: 'x',
  });
  await storage.create(fresh.record, fresh.base);
  return fresh.opened;
}

const edit = (ws: Workspace, label: string) =>
  ws.run('edit', `Rename to ${label}`, (tx) =>
    editEntity(tx, 'xinhua', { label, aliases: [], description: '' }),
  );

async function restore(storage: WorkspaceStorage, id: string) {
  const stored = await storage.load(id);
  if (!stored) throw new Error('nothing stored');
  const outcome = restoreWorkspace(id, stored);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.opened;
}

describe('a workspace kept in IndexedDB', () => {
  it('stores every change and restores the same graph, history and redo included', async () => {
    const { storage } = await freshStorage();
    const live = await createStored(storage);
    const { persistence, statuses } = attach(storage, live);
    live.workspace.run('merge', 'Merge Landau into Ma', (tx) =>
      mergeEntities(tx, 'christopher-landau', 'ma-zhaoxu'),
    );
    live.workspace.run('remove-relation', 'Remove', (tx) =>
      removeRelation(tx, live.workspace.graph.edges('he-lifeng')[0] as string),
    );
    edit(live.workspace, 'Xinhua News Agency');
    live.workspace.undo();
    await persistence.flush();
    expect(statuses.at(-1)?.state).toBe('saved');

    const back = await restore(storage, live.meta.id);
    expect(exported(back.workspace)).toBe(exported(live.workspace));
    expect(back.workspace.history().cursor).toBe(2);
    expect(back.workspace.redoable()?.label).toBe('Rename to Xinhua News Agency');
    expect(await storage.getCurrent()).toBe(live.meta.id);
    expect(await listWorkspaces(storage)).toMatchObject([
      { id: live.meta.id, name: 'US–China trade talks', changes: 2 },
    ]);
  });

  it('says a write failed, and keeps the page working', async () => {
    const { storage } = await freshStorage();
    const live = await createStored(storage);
    const failing: WorkspaceStorage = {
      ...storage,
      save: () =>
        Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    };
    const { persistence, statuses } = attach(failing, live);
    edit(live.workspace, 'Xinhua 2');
    await persistence.flush();
    expect(statuses.at(-1)).toEqual({
      state: 'failed',
      message: 'QuotaExceededError: The quota has been exceeded.',
    });
    expect(live.workspace.graph.getNodeAttribute('xinhua', 'label')).toBe('Xinhua 2');
  });

  it('a workspace deleted in another tab is not written back in silence', async () => {
    const { storage } = await freshStorage();
    const live = await createStored(storage);
    const { persistence, statuses } = attach(storage, live);
    await storage.remove(live.meta.id);
    edit(live.workspace, 'Xinhua 2');
    await persistence.flush();
    expect(statuses.at(-1)).toEqual({
      state: 'failed',
      message: 'this workspace was deleted in another tab, so it is no longer stored',
    });
    expect(await storage.load(live.meta.id)).toBeNull();
  });

  it('two tabs: a change in one appears in the other', async () => {
    const { storage, name } = await freshStorage();
    const { storage: second } = await freshStorage(name);
    const channel = channels();
    const tabA = await createStored(storage);
    const tabB = await restore(second, tabA.meta.id);
    const a = attach(storage, tabA, 'a', channel());
    const b = attach(second, tabB, 'b', channel());
    edit(tabA.workspace, 'Xinhua from A');
    await a.persistence.flush();
    await waitUntil(
      () => tabB.workspace.graph.getNodeAttribute('xinhua', 'label') === 'Xinhua from A',
    );
    expect(exported(tabB.workspace)).toBe(exported(tabA.workspace));
    // and back: B undoes, A sees it
    tabB.workspace.undo();
    await b.persistence.flush();
    await waitUntil(() => tabA.workspace.graph.getNodeAttribute('xinhua', 'label') === 'Xinhua');
    expect(a.adopted).toEqual([false]);
  });

  it('two tabs changing at once: the second writer takes the first one’s history and is told', async () => {
    const { storage, name } = await freshStorage();
    const { storage: second } = await freshStorage(name);
    const tabA = await createStored(storage);
    const tabB = await restore(second, tabA.meta.id);
    // no channel: the tabs only meet in the database
    const a = attach(storage, tabA, 'a');
    const b = attach(second, tabB, 'b');
    edit(tabA.workspace, 'Xinhua from A');
    await a.persistence.flush();
    edit(tabB.workspace, 'Xinhua from B');
    await b.persistence.flush();
    expect(b.adopted).toEqual([true]);
    expect(tabB.workspace.graph.getNodeAttribute('xinhua', 'label')).toBe('Xinhua from A');
    const stored = readWorkspaceRecord((await storage.load(tabA.meta.id))?.record);
    expect(stored.ok && stored.value.history.commands.map((c) => c.label)).toEqual([
      'Rename to Xinhua from A',
    ]);
  });
});

describe('stored records that cannot be read as they are', () => {
  const record = async () => {
    const { storage } = await freshStorage();
    const live = await createStored(storage);
    const { persistence } = attach(storage, live);
    edit(live.workspace, 'Xinhua 2');
    await persistence.flush();
    const stored = await storage.load(live.meta.id);
    if (!stored) throw new Error('nothing stored');
    return { live, stored: stored as { record: Record<string, unknown>; base: unknown } };
  };

  it('a record of an older format is migrated, then read', async () => {
    const { stored } = await record();
    // format 0 as a migration would meet it: no revision counter yet
    const older: Record<string, unknown> = { ...stored.record, format: WORKSPACE_FORMAT - 1 };
    delete older.revision;
    const migrations = {
      [WORKSPACE_FORMAT - 1]: (r: Record<string, unknown>) => ({
        ...r,
        format: WORKSPACE_FORMAT,
        revision: 0,
      }),
    };
    const read = readWorkspaceRecord(older, migrations);
    expect(read).toMatchObject({ ok: true, migratedFrom: WORKSPACE_FORMAT - 1 });
    expect(readWorkspaceRecord(older, {})).toEqual({
      ok: false,
      reason: `no migration from format ${WORKSPACE_FORMAT - 1}`,
    });
  });

  it('a record from a newer Parley is kept aside with the reason', async () => {
    const { live, stored } = await record();
    const outcome = restoreWorkspace(live.meta.id, {
      ...stored,
      record: { ...stored.record, format: WORKSPACE_FORMAT + 1 },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toMatch(/written by a newer version of Parley/);
    expect(outcome.aside.raw).toMatchObject({ record: { format: WORKSPACE_FORMAT + 1 } });
  });

  it('a corrupted or hand-edited record names what is wrong', async () => {
    const { live, stored } = await record();
    const history = stored.record.history as { cursor: number };
    const broken = restoreWorkspace(live.meta.id, {
      ...stored,
      record: { ...stored.record, history: { ...history, cursor: 'three' } },
    });
    expect(broken).toMatchObject({ ok: false, reason: /history\.cursor/ });
    // shape right, but a change that names an entity the graph never had
    const commands = (stored.record.history as { commands: Array<{ ops: unknown[] }> }).commands;
    const wrong = structuredClone(commands);
    (wrong[0]?.ops[0] as { key: string }).key = 'nobody';
    const unreplayable = restoreWorkspace(live.meta.id, {
      ...stored,
      record: { ...stored.record, history: { commands: wrong, cursor: 1 } },
    });
    expect(unreplayable).toMatchObject({ ok: false, reason: /cannot be replayed.*nobody/ });
    expect(restoreWorkspace(live.meta.id, { ...stored, base: { format: 1 } })).toMatchObject({
      ok: false,
      reason: /graph the workspace started from/,
    });
  });

  it('what is kept aside stays listed for download', async () => {
    const { storage } = await freshStorage();
    await storage.keepAside({
      workspaceId: 'ws-1',
      reason: 'corrupted',
      keptAt: 'now',
      raw: { a: 1 },
    });
    expect(await storage.listAside()).toMatchObject([{ workspaceId: 'ws-1', raw: { a: 1 } }]);
  });
});

async function waitUntil(check: () => boolean, timeout = 2000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('a story written by hand, kept in IndexedDB', () => {
  it('restores its graph, its kept article and its history; Undo after restore takes the text back', async () => {
    const { storage } = await freshStorage();
    const story = newStoryGraph('The Portmoor talks');
    if (!story.ok) throw new Error(story.message);
    const fresh = newWorkspace(story.graph, 'The Portmoor talks', {
      type: 'new',
      title: 'The Portmoor talks',
    });
    await storage.create(fresh.record, fresh.base);
    const live = fresh.opened;
    const { persistence } = attach(storage, live);
    const ws = live.workspace;
    // invented text
    runCommand(ws, ADD_SOURCE, {
      title: 'Portmoor talks',
      publisher: '',
      url: '',
      published: '',
      text: 'Ona Vesk spoke by phone with Ivo Marr.',
    });
    runCommand(ws, ADD_ENTITY, { label: 'Ona Vesk', kind: 'person', aliases: [] });
    runCommand(ws, ADD_ENTITY, { label: 'Ivo Marr', kind: 'person', aliases: [] });
    const added = runCommand(ws, ADD_RELATION, {
      source: 'ona-vesk',
      target: 'ivo-marr',
      kind: 'call',
      evidence: [{ source: 'src-portmoor-talks', quote: 'Ona Vesk spoke by phone with Ivo Marr.' }],
    });
    expect(added.ok).toBe(true);
    await persistence.flush();

    const back = await restore(storage, live.meta.id);
    expect(back.meta.origin).toEqual({ type: 'new', title: 'The Portmoor talks' });
    expect(exported(back.workspace)).toBe(exported(ws));
    expect(back.workspace.articles()['src-portmoor-talks']?.sentences).toEqual([
      'Ona Vesk spoke by phone with Ivo Marr.',
    ]);
    for (let i = 0; i < 4; i++) back.workspace.undo();
    expect(back.workspace.graph.getAttribute('sources')).toEqual([]);
    expect(back.workspace.articles()).toEqual({});
  });
});
