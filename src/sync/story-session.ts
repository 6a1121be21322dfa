// Binds a workspace to a shared story's Yjs document. Each command done in the workspace is
// appended to the log with its author; whenever the log changes (a change of this page's, or
// others' arriving in any order), the replica replays it and the workspace adopts the result in
// place, so every copy shows the same graph. Entries that no longer apply are kept aside and
// offered to their author. Undo and Redo here are the person's own (see personal-undo.ts). On a
// read-only link nothing is appended: a change made here anyway is taken back at once and reported,
// so the page never shows as done a change nobody else will see.
import type * as Y from 'yjs';
import type { Command, CommandResult, Workspace, WorkspaceChange } from '../workspace/workspace';
import { type PersonalStacks, personalStacks, replayBody, type StackItem } from './personal-undo';
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

/** What a bound story keeps between changes, changed only by the steps below. */
type Binding = Required<Omit<StorySessionDeps, 'resume'>> & {
  readonly listeners: Set<() => void>;
  /** Who made each command in the log. */
  readonly authors: Map<string, Author>;
  unreadable: Unreadable[];
  stacks: PersonalStacks;
  /** What the next command done in the workspace is: an Undo or Redo of this session's. */
  pending: Pick<LogEntry, 'undoes' | 'redoes'>;
  /** The workspace is adopting the log: its change is not this person's. */
  adopting: boolean;
  readonly refused: Command[];
};

/** Reads the log again: the replica replays it and the workspace adopts what it shows. */
function reconcile(binding: Binding) {
  const { doc, replica, workspace, author } = binding;
  const read = readLog(doc);
  binding.unreadable = read.unreadable;
  for (const entry of read.entries) binding.authors.set(entry.command.id, entry.author);
  replica.sync(read.entries);
  const applied = replica.applied();
  binding.stacks = personalStacks(applied, author.id);
  const commands = applied.map((entry) => entry.command);
  if (!showsLog(workspace.history(), commands)) {
    binding.adopting = true;
    try {
      workspace.adopt(
        { commands, cursor: commands.length },
        workspace.review(),
        workspace.articles(),
      );
    } finally {
      binding.adopting = false;
    }
  }
  for (const listener of [...binding.listeners]) listener();
}

/** A change in the workspace: appended to the log, or the log put back (read only, a tab's
 * sync, the workspace's own Undo and Redo, which this person's replace). */
function onChange(binding: Binding, session: StorySession, change: WorkspaceChange) {
  if (binding.adopting) return;
  if (binding.readOnly && change.type !== 'review') {
    // not this person's to change: back to the log as it is
    if (change.type === 'do' && change.command) binding.refused.push(change.command);
    queueMicrotask(() => reconcile(binding));
  } else if (change.type === 'do' && change.command) {
    const meta = binding.pending;
    binding.pending = {};
    const entry = { command: change.command, author: binding.author, ...meta };
    appendEntry(binding.doc, entry, LOCAL_ORIGIN);
  } else if (change.type === 'sync') {
    // another tab's saved history was adopted (tab sync): the log is the story, so bring the
    // workspace back to it; a change of this tab's is in the log, so nothing is lost
    queueMicrotask(() => reconcile(binding));
  } else if (change.type === 'undo' || change.type === 'redo') {
    // the workspace's own Undo walks everyone's changes: put the log's state back, then act
    // on this person's own change instead
    const direction = change.type;
    queueMicrotask(() => {
      reconcile(binding);
      if (direction === 'undo') session.undo();
      else session.redo();
    });
  }
}

/** This person's Undo or Redo of one of their changes, run as a new command. */
function act(
  binding: Binding,
  item: StackItem | undefined,
  direction: 'undo' | 'redo',
): CommandResult | null {
  if (!item) return null;
  const meta = direction === 'undo' ? { undoes: item.id } : { redoes: item.id };
  binding.pending = meta;
  const label = `${direction === 'undo' ? 'Undo' : 'Redo'}: ${item.label}`;
  const result = binding.workspace.run(item.name, label, replayBody(item, direction));
  binding.pending = {};
  if (result.ok && result.command === null) {
    // nothing left to change (others changed it all since): the step is still recorded, so
    // this person's stack moves on
    const command = emptyStep(item, direction, label);
    appendEntry(binding.doc, { command, author: binding.author, ...meta }, LOCAL_ORIGIN);
  }
  return result;
}

export function bindStory({
  resume = false,
  readOnly = false,
  ...deps
}: StorySessionDeps): StorySession {
  const binding: Binding = {
    ...deps,
    readOnly,
    listeners: new Set(),
    authors: new Map(),
    unreadable: [],
    stacks: personalStacks([], deps.author.id),
    pending: {},
    adopting: false,
    refused: [],
  };
  const { doc, replica, author } = deps;
  const top = (stack: StackItem[]) => (readOnly ? null : (stack.at(-1) ?? null));
  const onLog = () => reconcile(binding);
  const session: StorySession = {
    author,
    readOnly,
    undo: () => (readOnly ? null : act(binding, binding.stacks.undo.at(-1), 'undo')),
    redo: () => (readOnly ? null : act(binding, binding.stacks.redo.at(-1), 'redo')),
    undoable: () => top(binding.stacks.undo),
    redoable: () => top(binding.stacks.redo),
    setAside: () => replica.setAside().filter((s) => s.entry.author.id === author.id),
    problems: () => ({ setAside: replica.setAside(), unreadable: binding.unreadable }),
    authorOf: (id) => binding.authors.get(id) ?? null,
    refused: () => binding.refused,
    subscribe(listener) {
      binding.listeners.add(listener);
      return () => binding.listeners.delete(listener);
    },
    dispose() {
      logOf(doc).unobserve(onLog);
      unsubscribe();
      binding.listeners.clear();
    },
  };

  if (resume) appendMissing(doc, deps.workspace, author);
  const unsubscribe = deps.workspace.subscribe((change) => onChange(binding, session, change));
  logOf(doc).observe(onLog);
  reconcile(binding);
  return session;
}
