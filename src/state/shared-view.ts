// What the panels need to know of a shared story beyond the workspace itself: whether this person
// may change it (a story opened from a read-only link may not, and says why), their own Undo and
// Redo (the others' changes are theirs to take back), and who made each change. The sharing module
// sets it in the store; the panels read it through these pure helpers, so a workspace that is not
// shared behaves as it always did.

export type SharedView = {
  /** Why the story cannot be changed here; null when it can. */
  readOnly: string | null;
  /** The labels of this person's own changes that Undo and Redo act on; null when none. */
  undo: string | null;
  redo: string | null;
  /** Who made each change, by command id, as the History names them ("you" for this person). */
  authors: ReadonlyMap<string, string>;
};

export const READ_ONLY_REASON =
  'Read only: this story was opened from a read-only link, so it cannot be changed here.';

/** A shared story that this person cannot change (known before its connection is made). */
export const READ_ONLY_VIEW: SharedView = {
  readOnly: READ_ONLY_REASON,
  undo: null,
  redo: null,
  authors: new Map(),
};

type WithShared = { shared: SharedView | null };

/** Why the workspace shown cannot be changed here, or null when it can. */
export const editBlock = (state: WithShared): string | null => state.shared?.readOnly ?? null;

/**
 * What Undo and Redo act on: in a shared story this person's own changes only (none at all when
 * it is read only here); otherwise the workspace's history.
 */
export function undoRedo(
  state: WithShared & { history: { undo: string | null; redo: string | null } },
): { undo: string | null; redo: string | null } {
  const { shared, history } = state;
  if (!shared) return { undo: history.undo, redo: history.redo };
  if (shared.readOnly !== null) return { undo: null, redo: null };
  return { undo: shared.undo, redo: shared.redo };
}

/** Who made a change, for the History; null outside a shared story or when not known. */
export const authorOf = (state: WithShared, commandId: string): string | null =>
  state.shared?.authors.get(commandId) ?? null;
