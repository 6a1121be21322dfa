// Puts sharing on the page: the Share… dialog, People here and the status line for the workspace
// shown, the story each shared workspace belongs to (kept in this browser, so reopening it
// connects again), and opening a story from a link at startup. It keeps the store's `shared` view
// current (read only or not, this person's own Undo and Redo, who made each change), which the
// panels read. main.ts gives it the page's store, the workspace storage and its way of showing a
// workspace; everything else about sharing is here.

import { z } from 'zod';
import { replaceWithEmptyHash } from '../ui/url-sync';
import './sharing.css';
import { errorMessage } from '../data/errors';
import { type AppState, setShared } from '../state/app-state';
import { READ_ONLY_REASON, READ_ONLY_VIEW, type SharedView } from '../state/shared-view';
import type { Store } from '../state/store';
import {
  type OpenOptions,
  openSharedStory,
  type SharedStory,
  shareWorkspace,
  stopSharing,
} from '../sync/shared-story';
import type { Author } from '../sync/story-doc';
import { readStoryLink, type StoryLink } from '../sync/story-links';
import type { StorySession } from '../sync/story-session';
import type { AlertRegion } from '../ui/alert-region';
import { el } from '../ui/dom';
import { mountPeopleHere } from '../ui/share/people-here';
import { historyAuthors } from '../ui/share/people-text';
import { mountShareDialog, type ShareLinks } from '../ui/share/share-dialog';
import { mountSyncStatusLine } from '../ui/share/sync-status-line';
import { readWorkspaceBase } from '../workspace/record';
import {
  graphFromBase,
  newWorkspace,
  type OpenedWorkspace,
  restoreWorkspace,
} from '../workspace/session';
import type { WorkspaceStorage } from '../workspace/storage';

const AUTHOR_KEY = 'parley-author';
const STORIES_KEY = 'parley-shared-stories';

/** The story a workspace of this browser is shared as, and the token this browser holds. */
const KeptStorySchema = z.object({
  storyId: z.string().min(1).max(200),
  token: z.string().min(1).max(200),
  /** Null when this browser opened a read-only link. */
  editToken: z.string().min(1).max(200).nullable(),
  links: z.object({ edit: z.string().max(2000).nullable(), read: z.string().max(2000).nullable() }),
});
type KeptStory = z.infer<typeof KeptStorySchema>;
const KeptStoriesSchema = z.record(z.string(), KeptStorySchema);
const AuthorSchema = z.object({ id: z.string().min(1).max(100), name: z.string().max(100) });

function readJson(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or refused: sharing still works for this page, it is not remembered
  }
}

/** This browser's author: a stable id and the name the others see. */
function loadAuthor(): Author {
  const read = AuthorSchema.safeParse(readJson(AUTHOR_KEY));
  if (read.success) return read.data;
  const author = { id: crypto.randomUUID(), name: '' };
  writeJson(AUTHOR_KEY, author);
  return author;
}

function keptStories(): Record<string, KeptStory> {
  const read = KeptStoriesSchema.safeParse(readJson(STORIES_KEY));
  return read.success ? read.data : {};
}

function keepStory(workspaceId: string, story: KeptStory | null) {
  const all = keptStories();
  if (story) all[workspaceId] = story;
  else delete all[workspaceId];
  writeJson(STORIES_KEY, all);
}

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

/** What the panels show of the story: read only or not, this person's Undo and Redo, authors. */
function sharedViewOf(
  { connection, session }: SharedStory,
  workspace: OpenedWorkspace['workspace'],
): SharedView {
  const made = workspace.history().commands.flatMap(({ id }) => {
    const author = session.authorOf(id);
    return author ? [[id, author] as const] : [];
  });
  return {
    readOnly: session.readOnly ? READ_ONLY_REASON : null,
    undo: session.undoable()?.label ?? null,
    redo: session.redoable()?.label ?? null,
    authors: historyAuthors(made, connection.people(), session.author.id),
  };
}

const sameView = (a: SharedView | null, b: SharedView) =>
  a !== null &&
  a.readOnly === b.readOnly &&
  a.undo === b.undo &&
  a.redo === b.redo &&
  a.authors.size === b.authors.size &&
  [...a.authors].every(([id, name]) => b.authors.get(id) === name);

/**
 * People here and the status line on the story's connection (with why nothing can be changed, on
 * a read-only link), the selection told to the others, the store's shared view, and this person's
 * set-aside or refused changes shown as they happen. Returns what takes them away.
 */
function mountStoryPanels(
  deps: SharingDeps,
  statusRoot: HTMLElement,
  workspace: OpenedWorkspace['workspace'],
  story: SharedStory,
): () => void {
  const { connection, session } = story;
  const labelOf = (key: string) =>
    workspace.graph.hasNode(key) ? String(workspace.graph.getNodeAttribute(key, 'label')) : null;
  const unmountPeople = mountPeopleHere(deps.roots.people, {
    people: () => connection.people(),
    labelOf,
    subscribe: (listener) => {
      const a = connection.subscribe(listener);
      const b = workspace.subscribe(listener);
      return () => {
        a();
        b();
      };
    },
  });
  const unmountStatus = mountSyncStatusLine(statusRoot, connection);
  const note = session.readOnly
    ? el('p', { className: 'read-only-note', text: READ_ONLY_REASON })
    : null;
  if (note) statusRoot.append(note);
  let selected: string | null = null;
  const onSelection = (state: AppState) => {
    const entity = state.selection?.type === 'entity' ? state.selection.id : null;
    if (entity === selected) return;
    selected = entity;
    connection.select(entity);
  };
  onSelection(deps.store.get());
  const unsubscribeStore = deps.store.subscribe(onSelection);
  const publish = () => {
    const view = sharedViewOf(story, workspace);
    if (!sameView(deps.store.get().shared, view)) deps.store.update(setShared(view));
  };
  // a name given in Share… reaches the History through the connection's awareness
  const unsubscribeConnection = connection.subscribe(publish);
  let told = session.setAside().length;
  let refusedTold = session.refused().length;
  const onSession = () => {
    publish();
    const aside = session.setAside();
    if (aside.length > told)
      deps.alerts.problem({
        title: 'A change of yours could not be applied after the others’ changes',
        lines: aside.slice(told).map((s) => `${s.entry.command.label}: ${s.reason}`),
        reassurance: 'It is kept aside, not lost; the story shows everyone else’s changes.',
      });
    told = aside.length;
    const refused = session.refused();
    if (refused.length > refusedTold)
      deps.alerts.problem({
        title: 'This story is read only here',
        lines: refused.slice(refusedTold).map((command) => `Not made: ${command.label}`),
        reassurance: 'Nothing changed, here or for anyone else.',
      });
    refusedTold = refused.length;
  };
  onSession();
  const unsubscribeSession = session.subscribe(onSession);
  return () => {
    deps.store.update(setShared(null));
    unsubscribeConnection();
    note?.remove();
    unmountPeople();
    unmountStatus();
    unsubscribeStore();
    unsubscribeSession();
  };
}

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
      writeJson(AUTHOR_KEY, author);
      state.active?.story.connection.rename(name);
    },
  });
  return {
    shown: (opened) => onShown(state, opened),
    isShared: (workspaceId) => keptStories()[workspaceId] !== undefined,
    openFromLink: () => openFromLink(state),
  };
}
