// Puts sharing on the page: the Share… dialog, People here and the status line for the workspace
// shown, the story each shared workspace belongs to (kept in this browser, so reopening it
// connects again), and opening a story from a link at startup. It keeps the store's `shared` view
// current (read only or not, this person's own Undo and Redo, who made each change), which the
// panels read. main.ts gives it the page's store, the workspace storage and its way of showing a
// workspace; everything else about sharing is here.

import { replaceWithEmptyHash } from '../ui/url-sync';
import './sharing.css';
import { errorMessage } from '../data/errors';
import { type AppState, setShared } from '../state/app-state';
import { READ_ONLY_VIEW } from '../state/shared-view';
import type { Store } from '../state/store';
import type { OpenOptions, SharedStory } from '../sync/shared-story';
import type { Author } from '../sync/story-doc';
import { readStoryLink, type StoryLink } from '../sync/story-links';
import type { AlertRegion } from '../ui/alert-region';
import { el } from '../ui/dom';
import { mountShareDialog, type ShareLinks } from '../ui/share/share-dialog';
import { readWorkspaceBase } from '../workspace/record';
import {
  graphFromBase,
  newWorkspace,
  type OpenedWorkspace,
  restoreWorkspace,
} from '../workspace/session';
import type { WorkspaceStorage } from '../workspace/storage';
import { type KeptStory, keepStory, keptStories, loadAuthor, saveAuthor } from './kept-stories';
import { mountStoryPanels } from './story-panels';

/**
 * The collaboration engine (Yjs and its provider), loaded the first time a story is shared or
 * opened: a page that shares nothing does not download, parse or start it.
 */
const loadSync = () =>
  import('../sync/shared-story').catch((error: unknown) => {
    // the chunk is fetched from the server the page came from: say what failed in words
    throw new Error(
      `Sharing could not be started: its code did not load (${errorMessage(error)}). Check the connection and try again.`,
    );
  });

export type SharingDeps = {
  roots: { share: HTMLElement; people: HTMLElement };
  store: Store<AppState>;
  storage: WorkspaceStorage | null;
  alerts: AlertRegion;
  /** The workspace shown now. */
  current(): OpenedWorkspace | null;
  /** Shows a workspace (stopping the one shown); false when it could not be shown. */
  show(opened: OpenedWorkspace): boolean;
  notice(message: string): void;
};

export type Sharing = {
  /** Tell it each workspace shown: a shared one connects to its story again. */
  shown(opened: OpenedWorkspace): void;
  /** Whether the workspace is a shared story (tab changes then come through the story). */
  isShared(workspaceId: string): boolean;
  /** Opens the story the page's address names, if it names one; true when it was shown. */
  openFromLink(): Promise<boolean>;
};

/** The workspace kept for a story in this browser, opened, or null. */
async function savedFor(
  storage: WorkspaceStorage | null,
  storyId: string,
): Promise<OpenedWorkspace | null> {
  const entry = Object.entries(keptStories()).find(([, kept]) => kept.storyId === storyId);
  if (!entry || !storage) return null;
  const stored = await storage.load(entry[0]).catch(() => null);
  if (!stored) return null;
  const outcome = restoreWorkspace(entry[0], stored);
  return outcome.ok ? outcome.opened : null;
}

type Linked = { opened: OpenedWorkspace; story: SharedStory; kept: KeptStory; title: string };

/**
 * Opens the story a link names on the workspace this browser keeps for it, or on a new one made
 * from the story's starting graph and stored (so it is listed in Workspaces). Rejects with why.
 */
async function openLinkedStory(
  storage: WorkspaceStorage | null,
  options: Omit<OpenOptions, 'saved'>,
): Promise<Linked> {
  const saved = await savedFor(storage, options.link.id);
  let fresh: ReturnType<typeof newWorkspace> | null = null;
  const { openSharedStory } = await loadSync();
  const { story, title, readOnly } = await openSharedStory({
    ...options,
    saved: (base) => {
      if (saved) return saved.workspace;
      fresh = newWorkspace(graphFromBase(base), 'Shared story', {
        type: 'import',
        fileName: 'Shared story',
      });
      return fresh.opened.workspace;
    },
  });
  let opened = saved;
  const made = fresh as ReturnType<typeof newWorkspace> | null;
  if (made) {
    const origin = { type: 'import' as const, fileName: title };
    opened = { ...made.opened, meta: { ...made.opened.meta, name: title, origin } };
    await storage?.create({ ...made.record, name: title, origin }, made.base).catch(() => {});
  }
  if (!opened) throw new Error('the story has no workspace to show it in');
  const { token } = options.link;
  const linkText = story.links.edit ?? story.links.read;
  const kept: KeptStory = {
    storyId: options.link.id,
    token,
    editToken: readOnly ? null : token,
    links: { edit: readOnly ? null : linkText, read: readOnly ? linkText : null },
  };
  return { opened, story, kept, title };
}

/** Makes the open workspace a story on the server, from the graph it started from. */
async function shareOpened(
  storage: SharingDeps['storage'],
  opened: OpenedWorkspace,
  serverUrl: string,
  author: Author,
): Promise<{ story: SharedStory; kept: KeptStory }> {
  if (!storage) throw new Error('This browser cannot store workspaces, so it cannot share one.');
  const stored = await storage.load(opened.meta.id);
  const base = readWorkspaceBase(stored?.base);
  if (!base.ok)
    throw new Error('The graph this workspace started from is not kept in this browser.');
  const { shareWorkspace } = await loadSync();
  const story = await shareWorkspace({
    serverUrl,
    workspace: opened.workspace,
    base: base.value,
    title: opened.meta.name,
    author,
  });
  const editToken = readStoryLink(story.links.edit ?? '')?.token ?? null;
  const kept: KeptStory = {
    storyId: story.id,
    token: editToken ?? '',
    editToken,
    links: story.links,
  };
  return { story, kept };
}

type Active = { workspaceId: string; story: SharedStory; kept: KeptStory; unmount: () => void };

/** Sharing's state for the page, changed only by the steps below. */
type SharingState = {
  readonly deps: SharingDeps;
  readonly serverUrl: string;
  readonly author: Author;
  /** Where the status line of the story shown goes. */
  readonly statusRoot: HTMLElement;
  /** The story of the workspace shown, with its panels. */
  active: Active | null;
  /** The workspace being connected, so showing it does not connect it twice. */
  connecting: string | null;
};

function detach(state: SharingState) {
  state.active?.unmount();
  state.active?.story.dispose();
  state.active = null;
}

function attach(state: SharingState, opened: OpenedWorkspace, story: SharedStory, kept: KeptStory) {
  detach(state);
  const unmount = mountStoryPanels(state.deps, state.statusRoot, opened.workspace, story);
  state.active = { workspaceId: opened.meta.id, story, kept, unmount };
}

/** Connects a shared workspace shown again to its story (unless another is shown by then). */
async function connect(state: SharingState, opened: OpenedWorkspace, kept: KeptStory) {
  const { deps, serverUrl, author } = state;
  state.connecting = opened.meta.id;
  try {
    const link: StoryLink = { id: kept.storyId, token: kept.token };
    const { openSharedStory } = await loadSync();
    const { story } = await openSharedStory({
      serverUrl,
      link,
      author,
      saved: () => opened.workspace,
    });
    if (deps.current()?.meta.id !== opened.meta.id) return story.dispose();
    attach(state, opened, story, kept);
  } catch (error) {
    deps.notice(`${opened.meta.name} is shared, but ${errorMessage(error)}`);
  } finally {
    state.connecting = null;
  }
}

/** Share…'s Share: the workspace shown becomes a story, kept in this browser. */
async function share(state: SharingState): Promise<ShareLinks> {
  const opened = state.deps.current();
  if (!opened) throw new Error('There is no workspace to share yet.');
  const { story, kept } = await shareOpened(
    state.deps.storage,
    opened,
    state.serverUrl,
    state.author,
  );
  keepStory(opened.meta.id, kept);
  attach(state, opened, story, kept);
  return { edit: story.links.edit, read: story.links.read ?? '' };
}

/** Share…'s Stop sharing, for whoever holds the edit link. */
async function stop(state: SharingState) {
  const { active } = state;
  if (!active?.kept.editToken) throw new Error('Only someone with the edit link can stop sharing.');
  const { workspaceId, story, kept } = active;
  const { stopSharing } = await loadSync();
  await stopSharing(state.serverUrl, story, kept.editToken ?? '');
  active.unmount();
  state.active = null;
  keepStory(workspaceId, null);
}

/** The story the page's address names, opened and shown; false when there is none or it failed. */
async function openFromLink(state: SharingState): Promise<boolean> {
  const { deps, serverUrl, author } = state;
  const link = readStoryLink(location.href);
  if (!link) return false;
  // the token stays out of the address bar and the browser's history
  replaceWithEmptyHash();
  let linked: Linked;
  try {
    linked = await openLinkedStory(deps.storage, { serverUrl, link, author });
  } catch (error) {
    deps.alerts.problem({
      title: 'The shared story could not be opened',
      lines: [errorMessage(error)],
      reassurance: 'Your own workspaces are unchanged.',
    });
    return false;
  }
  const { opened, story, kept, title } = linked;
  keepStory(opened.meta.id, kept);
  state.connecting = opened.meta.id;
  const ok = deps.show(opened);
  state.connecting = null;
  if (!ok) {
    story.dispose();
    return false;
  }
  attach(state, opened, story, kept);
  deps.notice(`Opened the shared story ${title}${kept.editToken ? '' : ' (read only)'}.`);
  return true;
}

/** A workspace shown: a shared one connects to its story again, another detaches the story. */
function onShown(state: SharingState, opened: OpenedWorkspace) {
  const { active } = state;
  if (active && active.workspaceId !== opened.meta.id) detach(state);
  if (state.active || state.connecting === opened.meta.id) return;
  const kept = keptStories()[opened.meta.id];
  if (!kept) return;
  // known before the connection is made (or when the server cannot be reached)
  if (kept.editToken === null) state.deps.store.update(setShared(READ_ONLY_VIEW));
  void connect(state, opened, kept);
}

export function mountSharing(deps: SharingDeps): Sharing {
  const statusRoot = el('div', { className: 'sync-status-root' });
  deps.roots.people.append(statusRoot);
  const state: SharingState = {
    deps,
    serverUrl: location.origin,
    author: loadAuthor(),
    statusRoot,
    active: null,
    connecting: null,
  };
  const { author } = state;
  mountShareDialog(deps.roots.share, {
    links: () => {
      const links = state.active?.kept.links;
      return links ? { edit: links.edit, read: links.read ?? '' } : null;
    },
    share: () => share(state),
    stop: () => stop(state),
    name: () => author.name,
    setName(name) {
      author.name = name;
      saveAuthor(author);
      state.active?.story.connection.rename(name);
    },
  });
  return {
    shown: (opened) => onShown(state, opened),
    isShared: (workspaceId) => keptStories()[workspaceId] !== undefined,
    openFromLink: () => openFromLink(state),
  };
}
