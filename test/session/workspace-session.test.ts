// The session's promises to the person, without a page: a workspace that cannot be shown brings
// the one before back, a stored workspace that cannot be read is kept aside (never lost, never
// opened half-read), the shown workspace cannot be deleted from under them, and the panels can
// reach the workspace while its explorer mounts.
import { describe, expect, it, vi } from 'vitest';
import type { ParleyGraph } from '../../src/graph/types';
import {
  createWorkspaceSession,
  type SessionDeps,
  type ShownExplorer,
} from '../../src/session/workspace-session';
import { type AppState, INITIAL_STATE } from '../../src/state/app-state';
import { createStore } from '../../src/state/store';
import type { AlertMessage, AlertRegion } from '../../src/ui/alert-region';
import { newStoryGraph } from '../../src/workspace/commands';
import type { OpenedWorkspace } from '../../src/workspace/session';
import type { KeptAside, WorkspaceStorage } from '../../src/workspace/storage';
import type { Workspace } from '../../src/workspace/workspace';

function storyGraph(title: string): ParleyGraph {
  const story = newStoryGraph(title);
  if (!story.ok) throw new Error(story.message);
  return story.graph;
}

/** Keeps records in a Map; `stored` is what load answers for ids it was given. */
function memoryStorage(stored: Record<string, { record: unknown; base: unknown }> = {}) {
  const aside: KeptAside[] = [];
  const removed: string[] = [];
  const storage = {
    list: async () => [],
    load: async (id: string) => stored[id] ?? null,
    create: async () => {},
    save: async () => ({ ok: true as const }),
    remove: async (id: string) => {
      removed.push(id);
    },
    getCurrent: async () => null,
    setCurrent: async () => {},
    keepAside: async (entry: KeptAside) => {
      aside.push(entry);
    },
    listAside: async () => aside,
    close() {},
  } satisfies WorkspaceStorage;
  return { storage, aside, removed };
}

function harness(options: { storage?: WorkspaceStorage; failOn?: string } = {}) {
  const store = createStore<AppState>(INITIAL_STATE);
  const problems: AlertMessage[] = [];
  const handle = { clear() {}, shown: true };
  const alerts: AlertRegion = {
    problem: (message) => {
      problems.push(message);
      return handle;
    },
    show: () => handle,
    report: () => handle,
    clear() {},
  };
  const started: string[] = [];
  const stopped: string[] = [];
  const seenWhileMounting: Array<Workspace | null> = [];
  const deps: SessionDeps = {
    storage: options.storage ?? null,
    storageProblem: null,
    channel: null,
    tab: 'tab-test',
    curated: null,
    store,
    alerts,
    startExplorer(opened: OpenedWorkspace): ShownExplorer {
      seenWhileMounting.push(session.workspace());
      const name = opened.meta.name;
      if (name === options.failOn) throw new Error('the renderer could not start');
      started.push(name);
      return { stop: () => stopped.push(name), navigate() {} };
    },
    onShown() {},
    isShared: () => false,
    refreshList() {},
  };
  const session = createWorkspaceSession(deps);
  return { session, store, problems, started, stopped, seenWhileMounting };
}

describe('showing a workspace', () => {
  it('brings the previous workspace back when the new one cannot be shown', async () => {
    const { session, store, started, stopped } = harness({ failOn: 'Broken' });
    expect(
      await session.openNew(storyGraph('First'), 'First', { type: 'new', title: 'First' }),
    ).toBe(true);
    const first = session.current();
    expect(
      await session.openNew(storyGraph('Broken'), 'Broken', { type: 'new', title: 'Broken' }),
    ).toBe(false);
    expect(session.current()).toBe(first);
    expect(started).toEqual(['First', 'First']);
    expect(stopped).toEqual(['First']);
    expect(store.get().notice).toBe(
      'Broken could not be shown (the renderer could not start); the previous workspace is back.',
    );
  });

  it('gives the panels the workspace being opened while its explorer mounts', async () => {
    const { session, seenWhileMounting } = harness();
    await session.openNew(storyGraph('First'), 'First', { type: 'new', title: 'First' });
    expect(seenWhileMounting).toHaveLength(1);
    expect(seenWhileMounting[0]).toBe(session.current()?.workspace);
  });

  it('without storage, says at start that nothing is kept, with Save dataset', async () => {
    const { session, problems, store } = harness();
    await session.start(async () => true);
    expect(store.get().saveStatus.state).toBe('memory');
    expect(problems[0]?.title).toBe('Your changes are not being saved in this browser');
    expect(problems[0]?.actions?.map((a) => a.text)).toEqual(['Save dataset']);
  });
});

describe('opening a stored workspace', () => {
  it('keeps an unreadable one aside, offers its download, and opens nothing', async () => {
    const { storage, aside, removed } = memoryStorage({
      'ws-bad': { record: { format: 'not a workspace' }, base: null },
    });
    const { session, problems } = harness({ storage });
    expect(await session.openStored('ws-bad', false)).toBe(false);
    expect(session.current()).toBeNull();
    expect(problems[0]?.title).toBe('Your stored workspace could not be opened');
    expect(problems[0]?.actions?.map((a) => a.text)).toEqual(['Download the stored workspace']);
    // moved aside first, then out of the list
    await vi.waitFor(() => expect(removed).toEqual(['ws-bad']));
    expect(aside.map((a) => a.workspaceId)).toEqual(['ws-bad']);
  });

  it('says when the workspace chosen is no longer kept', async () => {
    const { storage } = memoryStorage();
    const { session, store } = harness({ storage });
    expect(await session.openStored('ws-gone', false)).toBe(false);
    expect(store.get().notice).toBe('That workspace is no longer kept in this browser.');
  });
});

describe('removing a workspace', () => {
  it('never removes the one shown', async () => {
    const { storage, removed } = memoryStorage();
    const { session } = harness({ storage });
    await session.openNew(storyGraph('Kept'), 'Kept', { type: 'new', title: 'Kept' });
    const shownId = session.current()?.meta.id ?? '';
    await session.remove(shownId);
    await session.remove('ws-other');
    expect(removed).toEqual(['ws-other']);
  });
});
