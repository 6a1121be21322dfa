// A shared story as a Yjs document: the graph it started from (a map, written once when sharing
// starts) and an append-only array of log entries, each a workspace command with who made it. Yjs
// gives every copy the same order of the array; entries are checked with zod as they are read, so
// a malformed one is kept aside with the reason instead of breaking the story.
import * as Y from 'yjs';
import { z } from 'zod';
import { readWorkspaceBase, type WorkspaceBase, WorkspaceRecordSchema } from '../workspace/record';
import type { Command } from '../workspace/workspace';

export const STORY_DOC_FORMAT = 1;

/** Who made a change: a stable id for this browser and the name shown beside the change. */
export type Author = { id: string; name: string };

export type LogEntry = {
  command: Command;
  author: Author;
  /** The id of the author's own command this one takes back (per-person Undo) or does again (Redo). */
  undoes?: string;
  redoes?: string;
};

const CommandSchema = WorkspaceRecordSchema.shape.history.shape.commands.element;

const AuthorSchema = z.object({ id: z.string().min(1).max(100), name: z.string().max(100) });

export const LogEntrySchema = z.object({
  command: CommandSchema,
  author: AuthorSchema,
  undoes: z.string().optional(),
  redoes: z.string().optional(),
});

/** An entry that could not be read: kept with its place and why. */
export type Unreadable = { index: number; reason: string };

export const logOf = (doc: Y.Doc) => doc.getArray<unknown>('log');
export const storyMapOf = (doc: Y.Doc) => doc.getMap<unknown>('story');

/** Writes the graph the story starts from and its title; done once, by whoever shares it. */
export function writeStoryStart(
  doc: Y.Doc,
  base: WorkspaceBase,
  title: string,
  entries: LogEntry[] = [],
) {
  doc.transact(() => {
    const story = storyMapOf(doc);
    story.set('format', STORY_DOC_FORMAT);
    story.set('title', title);
    story.set('base', JSON.stringify(base));
    if (entries.length > 0) logOf(doc).push(entries);
  }, 'start');
}

/** The graph the story started from, once it has arrived; why not, when it cannot be read. */
export function readStoryStart(
  doc: Y.Doc,
): { ok: true; base: WorkspaceBase; title: string } | { ok: false; reason: string } | null {
  const story = storyMapOf(doc);
  const text = story.get('base');
  if (text === undefined) return null;
  if (story.get('format') !== STORY_DOC_FORMAT)
    return {
      ok: false,
      reason: `the story was written in another format (${String(story.get('format'))})`,
    };
  let json: unknown;
  try {
    json = JSON.parse(String(text));
  } catch {
    return { ok: false, reason: 'the graph the story started from is not JSON' };
  }
  const base = readWorkspaceBase(json);
  if (!base.ok) return { ok: false, reason: base.reason };
  const title = story.get('title');
  return { ok: true, base: base.value, title: typeof title === 'string' ? title : 'Shared story' };
}

/**
 * Each raw entry read once: Yjs hands back the same object for an entry every time, so the log
 * is checked entry by entry as it grows, not whole on every change.
 */
const checked = new WeakMap<object, LogEntry | string>();

function check(raw: unknown): LogEntry | string {
  const known = typeof raw === 'object' && raw !== null ? checked.get(raw) : undefined;
  if (known !== undefined) return known;
  const parsed = LogEntrySchema.safeParse(raw);
  const result = parsed.success
    ? (parsed.data as LogEntry)
    : (parsed.error.issues[0]?.message ?? 'unreadable');
  if (typeof raw === 'object' && raw !== null) checked.set(raw, result);
  return result;
}

/** The log's entries in the converged order, and the ones that could not be read. */
export function readLog(doc: Y.Doc): { entries: LogEntry[]; unreadable: Unreadable[] } {
  const entries: LogEntry[] = [];
  const unreadable: Unreadable[] = [];
  logOf(doc).forEach((raw, index) => {
    const result = check(raw);
    if (typeof result === 'string') unreadable.push({ index, reason: result });
    else entries.push(result);
  });
  return { entries, unreadable };
}

export function appendEntry(doc: Y.Doc, entry: LogEntry, origin: unknown) {
  doc.transact(() => logOf(doc).push([entry]), origin);
}
