// Sharing a workspace, and opening a shared story, in one call each: what main.ts wires to the
// Share… dialog and to a page opened from a story link. A shared story is its Yjs document, the
// connection to the sync server, and the session that keeps the workspace and the log in step.
import * as Y from 'yjs';
import type { WorkspaceBase } from '../workspace/record';
import { graphFromBase } from '../workspace/session';
import { createWorkspace, type Workspace } from '../workspace/workspace';
import { connectStory, type StoryConnection } from './connection';
import { createReplica } from './replica';
import { createSharedStory, stopSharedStory } from './story-api';
import { type Author, readStoryStart, writeStoryStart } from './story-doc';
import { type StoryLink, socketUrl, storyLink } from './story-links';
import { bindStory, type StorySession } from './story-session';

export type SharedStory = {
  id: string;
  /** The links to give: the edit link only for someone who holds it. */
  links: { edit: string | null; read: string | null };
  doc: Y.Doc;
  connection: StoryConnection;
  session: StorySession;
  dispose(): void;
};

export type ShareOptions = {
  /** The sync server (the page's own origin when served by `npm run serve`). */
  serverUrl: string;
  workspace: Workspace;
  /** The graph the workspace started from (its stored base). */
  base: WorkspaceBase;
  title: string;
  author: Author;
  WebSocketPolyfill?: unknown;
};

/** Makes the workspace a shared story: the server makes its tokens, its done commands go first. */
export async function shareWorkspace(options: ShareOptions): Promise<SharedStory> {
  const created = await createSharedStory(options.serverUrl, options.title);
  const doc = new Y.Doc();
  writeStoryStart(doc, options.base, options.title);
  const session = bindStory({
    doc,
    workspace: options.workspace,
    replica: createReplica(graphFromBase(options.base)),
    author: options.author,
    resume: true,
  });
  const connection = connectStory({
    socketUrl: socketUrl(options.serverUrl),
    storyId: created.id,
    token: created.editToken,
    doc,
    author: options.author,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const link = (token: string) => storyLink(options.serverUrl, { id: created.id, token });
  return {
    id: created.id,
    links: { edit: link(created.editToken), read: link(created.readToken) },
    doc,
    connection,
    session,
    dispose() {
      session.dispose();
      connection.dispose();
    },
  };
}

/** Stops sharing: the server forgets the story and its links stop working; the workspace stays. */
export async function stopSharing(serverUrl: string, story: SharedStory, editToken: string) {
  await stopSharedStory(serverUrl, story.id, editToken);
  story.dispose();
}

export type OpenOptions = {
  serverUrl: string;
  link: StoryLink;
  author: Author;
  /** A workspace kept in this browser for this story (made offline changes are sent from it). */
  saved?: (base: WorkspaceBase) => Workspace | null;
  WebSocketPolyfill?: unknown;
  /** Milliseconds to wait for the story's start before giving up. */
  timeoutMs?: number;
};

/**
 * Opens a story from a link: connects, waits for the graph it started from, then opens a
 * workspace on it (or the saved one) bound to the log. Rejects with the server's reason.
 */
export async function openSharedStory(options: OpenOptions): Promise<{
  story: SharedStory;
  workspace: Workspace;
  base: WorkspaceBase;
  title: string;
  readOnly: boolean;
}> {
  const doc = new Y.Doc();
  const connection = connectStory({
    socketUrl: socketUrl(options.serverUrl),
    storyId: options.link.id,
    token: options.link.token,
    doc,
    author: options.author,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const start = await new Promise<ReturnType<typeof readStoryStart>>((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error('The shared story did not arrive in time.')),
      options.timeoutMs ?? 60_000,
    );
    const check = () => {
      const refused = connection.facts().refused;
      if (refused) return finish(new Error(`The story cannot be opened: ${refused}`));
      const read = readStoryStart(doc);
      if (read) finish(null, read);
    };
    const unsubscribe = connection.subscribe(check);
    doc.on('update', check);
    function finish(error: Error | null, read?: ReturnType<typeof readStoryStart>) {
      clearTimeout(timer);
      unsubscribe();
      doc.off('update', check);
      if (error) {
        connection.dispose();
        reject(error);
      } else resolve(read ?? null);
    }
  });
  if (!start?.ok) {
    connection.dispose();
    throw new Error(`The story cannot be opened: ${start?.reason ?? 'it has no starting graph'}`);
  }
  const workspace = options.saved?.(start.base) ?? createWorkspace(graphFromBase(start.base));
  const readOnly = connection.facts().scope === 'readonly';
  const session = bindStory({
    doc,
    workspace,
    replica: createReplica(graphFromBase(start.base)),
    author: options.author,
    resume: !readOnly,
    readOnly,
  });
  const link = storyLink(options.serverUrl, options.link);
  return {
    story: {
      id: options.link.id,
      links: { edit: readOnly ? null : link, read: readOnly ? link : null },
      doc,
      connection,
      session,
      dispose() {
        session.dispose();
        connection.dispose();
      },
    },
    workspace,
    base: start.base,
    title: start.title,
    readOnly,
  };
}
