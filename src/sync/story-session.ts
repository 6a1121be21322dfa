// Binds a workspace to a shared story's Yjs document. Each command done in the workspace is
// appended to the log with its author; whenever the log changes (a change of this page's, or
// others' arriving in any order), the replica replays it and the workspace adopts the result in
// place, so every copy shows the same graph. Entries that no longer apply are kept aside and
// offered to their author. Undo and Redo here are the person's own (see personal-undo.ts). On a
// read-only link nothing is appended: a change made here anyway is taken back at once and reported,
// so the page never shows as done a change nobody else will see.
import type * as Y from 'yjs';
import type { Command, CommandResult, Workspace, WorkspaceChange } from '../workspace/workspace';
import { personalStacks, replayBody, type StackItem } from './personal-undo';
import type { Replica, SetAside } from './replica';
import {
  type Author,
  appendEntry,
  type LogEntry,
  logOf,
  readLog,
  type Unreadable,
} from './story-doc';

/** The Yjs transaction origin of this page's own appends. */
export const LOCAL_ORIGIN = Symbol('parley-local');

export type StorySession = {
  readonly author: Author;
  /** Whether this person opened the story from a read-only link. */
  readonly readOnly: boolean;
  /** Takes back this person's last change still in effect; null when there is none. */
  undo(): CommandResult | null;
  redo(): CommandResult | null;
  undoable(): StackItem | null;
  redoable(): StackItem | null;
  /** This person's changes that could not be applied after others' (kept, never dropped). */
  setAside(): SetAside[];
  /** Everyone's set-aside changes and unreadable entries, for a report. */
  problems(): { setAside: SetAside[]; unreadable: Unreadable[] };
  /** Who made a command, for the History. */
  authorOf(commandId: string): Author | null;
  /** Changes made here on a read-only link: taken back at once and never sent. */
  refused(): readonly Command[];
  subscribe(listener: () => void): () => void;
  dispose(): void;
};

export type StorySessionDeps = {
  doc: Y.Doc;
  workspace: Workspace;
  /** A replica on its own copy of the graph the story started from. */
  replica: Replica;
  author: Author;
  /**
   * Sends this workspace's done commands that the log lacks (made offline in an earlier visit,
   * or before the story was shared). Only once the document holds what the server has.
   */
  resume?: boolean;
  /** A read-only link: this person's changes are taken back, not appended. */
  readOnly?: boolean;
};

const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  a.length === b.length && a.every((item, i) => item.id === b[i]?.id);

/** Whether the workspace's history is the log's, all of it done. */
const showsLog = (history: { commands: readonly Command[]; cursor: number }, log: Command[]) =>
  history.cursor === history.commands.length && sameIds(history.commands, log);

/** An Undo or Redo with nothing left to change (others changed it all since), kept as a step
 * so this person's stack moves on. */
function emptyStep(item: StackItem, direction: 'undo' | 'redo', label: string): Command {
  return {
    id: `${item.id}-${direction}-${Date.now().toString(36)}`,
    name: item.name,
    label,
    at: new Date().toISOString(),
    ops: [],
  };
}

/** Resuming a story: the changes done in this page that the log does not hold yet go in it. */
function appendMissing(doc: StorySessionDeps['doc'], workspace: Workspace, author: Author) {
  const inLog = new Set(readLog(doc).entries.map((entry) => entry.command.id));
  const { commands, cursor } = workspace.history();
  const missing = commands.slice(0, cursor).filter((command) => !inLog.has(command.id));
  if (missing.length > 0)
    doc.transact(
      () => logOf(doc).push(missing.map((command) => ({ command, author }))),
      LOCAL_ORIGIN,
    );
}

export function bindStory({
  doc,
  workspace,
  replica,
  author,
  resume = false,
  readOnly = false,
}: StorySessionDeps): StorySession {
  const listeners = new Set<() => void>();
  const authors = new Map<string, Author>();
  let unreadable: Unreadable[] = [];
  let stacks = personalStacks([], author.id);
  /** What the next command done in the workspace is: an Undo or Redo of this session's. */
  let pending: Pick<LogEntry, 'undoes' | 'redoes'> = {};
  let adopting = false;
  const refused: Command[] = [];

  function reconcile() {
    const read = readLog(doc);
    unreadable = read.unreadable;
    for (const entry of read.entries) authors.set(entry.command.id, entry.author);
    replica.sync(read.entries);
    const applied = replica.applied();
    stacks = personalStacks(applied, author.id);
    const commands = applied.map((entry) => entry.command);
    const history = workspace.history();
    if (!showsLog(history, commands)) {
      adopting = true;
      try {
        workspace.adopt(
          { commands, cursor: commands.length },
          workspace.review(),
          workspace.articles(),
        );
      } finally {
        adopting = false;
      }
    }
    for (const listener of [...listeners]) listener();
  }

  function onChange(change: WorkspaceChange) {
    if (adopting) return;
    if (readOnly && change.type !== 'review') {
      // not this person's to change: back to the log as it is
      if (change.type === 'do' && change.command) refused.push(change.command);
      queueMicrotask(reconcile);
    } else if (change.type === 'do' && change.command) {
      const meta = pending;
      pending = {};
      appendEntry(doc, { command: change.command, author, ...meta }, LOCAL_ORIGIN);
    } else if (change.type === 'sync') {
      // another tab's saved history was adopted (tab sync): the log is the story, so bring the
      // workspace back to it; a change of this tab's is in the log, so nothing is lost
      queueMicrotask(reconcile);
    } else if (change.type === 'undo' || change.type === 'redo') {
      // the workspace's own Undo walks everyone's changes: put the log's state back, then act
      // on this person's own change instead
      const direction = change.type;
      queueMicrotask(() => {
        reconcile();
        if (direction === 'undo') session.undo();
        else session.redo();
      });
    }
  }

  function act(item: StackItem | undefined, direction: 'undo' | 'redo'): CommandResult | null {
    if (!item) return null;
    const meta = direction === 'undo' ? { undoes: item.id } : { redoes: item.id };
    pending = meta;
    const label = `${direction === 'undo' ? 'Undo' : 'Redo'}: ${item.label}`;
    const result = workspace.run(item.name, label, replayBody(item, direction));
    pending = {};
    if (result.ok && result.command === null) {
      // nothing left to change (others changed it all since): the step is still recorded, so
      // this person's stack moves on
      appendEntry(
        doc,
        { command: emptyStep(item, direction, label), author, ...meta },
        LOCAL_ORIGIN,
      );
    }
    return result;
  }

  const session: StorySession = {
    author,
    readOnly,
    undo: () => (readOnly ? null : act(stacks.undo.at(-1), 'undo')),
    redo: () => (readOnly ? null : act(stacks.redo.at(-1), 'redo')),
    undoable: () => (readOnly ? null : (stacks.undo.at(-1) ?? null)),
    redoable: () => (readOnly ? null : (stacks.redo.at(-1) ?? null)),
    setAside: () => replica.setAside().filter((s) => s.entry.author.id === author.id),
    problems: () => ({ setAside: replica.setAside(), unreadable }),
    authorOf: (id) => authors.get(id) ?? null,
    refused: () => refused,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      logOf(doc).unobserve(reconcile);
      unsubscribe();
      listeners.clear();
    },
  };

  if (resume) appendMissing(doc, workspace, author);
  const unsubscribe = workspace.subscribe(onChange);
  logOf(doc).observe(reconcile);
  reconcile();
  return session;
}
