// A workspace: the live graph, the history of commands that changed it (with a cursor: the
// commands before it are done, the ones after it undone and ready to redo) and the article under
// review. Every change is one named command, applied in place through a transaction; undo and
// redo apply a command's ops inverted or again. Listeners hear each change with what it touched,
// so the views, the search index and the store follow; persistence and tab sync are attached from
// outside (workspace/persistence.ts, workspace/tab-sync.ts).
import type { ParleyGraph } from '../graph/types';
import { applyOps, emptyTouched, type GraphOp, invertOps, type Touched } from './ops';
import { createItemOrder, type ItemOrder } from './order';
import {
  type Articles,
  type ArticleText,
  type DecisionChange,
  decisionChanges,
  type ProposalCorrection,
  type Review,
  withDecisions,
  withReviewArticle,
} from './review';
import { createTransaction, type Transaction } from './transaction';

export const COMMAND_NAMES = [
  'accept',
  'accept-all',
  'reject',
  'merge',
  'edit',
  'remove-relation',
  'add-source',
  'add-entity',
  'delete-entity',
  'add-relation',
  'edit-relation',
  'add-evidence',
  'remove-evidence',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export type Command = {
  id: string;
  name: CommandName;
  /** What it did, for the History list and the Undo/Redo buttons: "Merge Xinhua news agency into Xinhua". */
  label: string;
  /** When it was first done (ISO timestamp). */
  at: string;
  ops: GraphOp[];
  /** The proposals whose decision it changed, in which review. */
  decisions?: { review: string; changes: DecisionChange[] };
  /** Article texts it kept (by source id): there while the command is done. */
  articles?: Record<string, ArticleText>;
  /** Who ran it, where a story is shared. */
  author?: string;
};

export type History = { commands: readonly Command[]; cursor: number };

export type WorkspaceChange = {
  type: 'do' | 'undo' | 'redo' | 'sync' | 'review';
  command: Command | null;
  touched: Touched;
};

export type CommandResult = { ok: true; command: Command | null } | { ok: false; message: string };

/** What a command's body reports: done (with the review after it, the texts it keeps, what was
 * corrected in the proposals it accepted), or refused with a message. */
export type BodyOutcome =
  | {
      ok: true;
      review?: Review | null;
      articles?: Record<string, ArticleText>;
      corrections?: ReadonlyArray<ProposalCorrection>;
    }
  | { ok: false; message: string };

export type CommandBody = (tx: Transaction, review: Review | null) => BodyOutcome;

export type Workspace = {
  readonly graph: ParleyGraph;
  readonly order: ItemOrder;
  history(): History;
  review(): Review | null;
  /** The texts of the articles kept in this workspace (read, or added by a done command), by
   * source id. */
  articles(): Articles;
  /** The texts kept by reading articles only (a command's kept text is stored with the command). */
  readArticles(): Articles;
  canUndo(): boolean;
  canRedo(): boolean;
  /** The command Undo would take back, and the one Redo would do again. */
  undoable(): Command | null;
  redoable(): Command | null;
  /** Runs a command: done in full, or refused with nothing changed. Undone commands are dropped. */
  run(name: CommandName, label: string, body: CommandBody): CommandResult;
  undo(): Command | null;
  redo(): Command | null;
  /** Shows a new article's proposals (or none); not a change to the graph, so not undoable. */
  setReview(review: Review | null): void;
  /** Brings the workspace to another copy's history (another tab's), taking back and applying
   * commands in place from where the two part. */
  adopt(history: History, review: Review | null, articles?: Articles): void;
  subscribe(listener: (change: WorkspaceChange) => void): () => void;
};

let counter = 0;
/** A command id unique across tabs and reloads. */
export function newCommandId(): string {
  counter += 1;
  const random = Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${random}-${counter}`;
}

/** A workspace's mutable state, changed only by the steps below. */
type WorkspaceState = {
  readonly graph: ParleyGraph;
  readonly order: ItemOrder;
  commands: Command[];
  /** The commands before it are done, the ones after it undone. */
  cursor: number;
  review: Review | null;
  /** The texts kept by reading articles. */
  articles: Articles;
  readonly listeners: Set<(change: WorkspaceChange) => void>;
};

function emit(state: WorkspaceState, change: WorkspaceChange) {
  for (const listener of [...state.listeners]) listener(change);
}

/** The texts kept by done commands, over those kept by reviews. */
function allArticles(state: WorkspaceState): Articles {
  let all = state.articles;
  for (const command of state.commands.slice(0, state.cursor))
    if (command.articles) all = { ...all, ...command.articles };
  return all;
}

/** Moves the review's decisions a command changed, when that review is the one shown. */
function shiftDecisions(state: WorkspaceState, command: Command, direction: Direction) {
  const { review } = state;
  if (!command.decisions || review?.id !== command.decisions.review) return;
  state.review = {
    ...review,
    draft: withDecisions(review.draft, command.decisions.changes, direction),
  };
}

type Direction = 'forward' | 'backward';

/** Applies a command's ops (forward) or their inverse (backward), with its decisions. */
function apply(state: WorkspaceState, command: Command, direction: Direction, touched: Touched) {
  const ops = direction === 'forward' ? command.ops : invertOps(command.ops);
  applyOps(state.graph, state.order, ops, touched);
  shiftDecisions(state, command, direction);
}

/** Runs a command's body in a transaction: kept as a new done command, or rolled back. */
function runCommand(
  state: WorkspaceState,
  named: { name: CommandName; label: string },
  body: CommandBody,
): CommandResult {
  const tx = createTransaction(state.graph, state.order);
  let outcome: BodyOutcome;
  try {
    outcome = body(tx, state.review);
  } catch (error) {
    tx.rollback();
    throw error;
  }
  if (!outcome.ok) {
    tx.rollback();
    return outcome;
  }
  const nextReview = outcome.review === undefined ? state.review : outcome.review;
  const command = commandOf(named, tx.ops, state.review, nextReview, outcome);
  if (!command) return { ok: true, command: null };
  state.review = nextReview;
  state.commands = [...state.commands.slice(0, state.cursor), command];
  state.cursor = state.commands.length;
  // the ops are already applied; what they touched is what the views must see again
  const touched = emptyTouched();
  for (const op of command.ops) touch(touched, op);
  emit(state, { type: 'do', command, touched });
  return { ok: true, command };
}

/** Takes back the last done command (undo) or does the first undone one again (redo). */
function step(state: WorkspaceState, type: 'undo' | 'redo'): Command | null {
  const command = state.commands[type === 'undo' ? state.cursor - 1 : state.cursor];
  if (!command) return null;
  const touched = emptyTouched();
  apply(state, command, type === 'undo' ? 'backward' : 'forward', touched);
  state.cursor += type === 'undo' ? -1 : 1;
  emit(state, { type, command, touched });
  return command;
}

/** Brings the state to another copy's history, in place from where the two part. */
function adoptHistory(
  state: WorkspaceState,
  history: History,
  review: Review | null,
  articles: Articles | undefined,
) {
  const { commands, cursor } = state;
  const touched = emptyTouched();
  const common = sharedLength(commands, history.commands);
  // take back what this copy did past the common part, then do what the other copy did
  for (let i = cursor - 1; i >= common; i--)
    apply(state, commands[i] as Command, 'backward', touched);
  const from = Math.min(cursor, common);
  for (let i = from; i < history.cursor; i++)
    apply(state, history.commands[i] as Command, 'forward', touched);
  for (let i = from - 1; i >= history.cursor; i--)
    apply(state, history.commands[i] as Command, 'backward', touched);
  state.commands = [...history.commands];
  state.cursor = history.cursor;
  state.review = review;
  state.articles = withReviewArticle(articles ?? state.articles, review);
  emit(state, { type: 'sync', command: null, touched });
}

export function createWorkspace(
  graph: ParleyGraph,
  initial: { history?: History; review?: Review | null; articles?: Articles } = {},
): Workspace {
  const review = initial.review ?? null;
  const state: WorkspaceState = {
    graph,
    order: createItemOrder(graph),
    commands: [],
    cursor: 0,
    review,
    articles: withReviewArticle(initial.articles ?? {}, review),
    listeners: new Set(),
  };
  // a stored workspace: its done commands are replayed onto the graph it started from
  if (initial.history) {
    const { commands, cursor } = initial.history;
    for (const command of commands.slice(0, cursor)) applyOps(graph, state.order, command.ops);
    state.commands = [...commands];
    state.cursor = cursor;
  }

  return {
    graph,
    order: state.order,
    history: () => ({ commands: state.commands, cursor: state.cursor }),
    review: () => state.review,
    articles: () => allArticles(state),
    readArticles: () => state.articles,
    canUndo: () => state.cursor > 0,
    canRedo: () => state.cursor < state.commands.length,
    undoable: () => state.commands[state.cursor - 1] ?? null,
    redoable: () => state.commands[state.cursor] ?? null,
    run: (name, label, body) => runCommand(state, { name, label }, body),
    undo: () => step(state, 'undo'),
    redo: () => step(state, 'redo'),
    setReview(next) {
      state.review = next;
      state.articles = withReviewArticle(state.articles, next);
      emit(state, { type: 'review', command: null, touched: emptyTouched() });
    },
    adopt: (history, nextReview, nextArticles) =>
      adoptHistory(state, history, nextReview, nextArticles),
    subscribe(listener) {
      state.listeners.add(listener);
      return () => state.listeners.delete(listener);
    },
  };
}

/** The command a transaction's ops and a review's decisions make; null when nothing changed. */
function commandOf(
  named: { name: CommandName; label: string },
  ops: readonly GraphOp[],
  review: Review | null,
  nextReview: Review | null,
  outcome: Extract<BodyOutcome, { ok: true }>,
): Command | null {
  const changes =
    review && nextReview && review.id === nextReview.id
      ? withCorrections(decisionChanges(review.draft, nextReview.draft), outcome.corrections)
      : [];
  const kept = outcome.articles && Object.keys(outcome.articles).length > 0;
  if (ops.length === 0 && changes.length === 0 && !kept) return null;
  return {
    id: newCommandId(),
    ...named,
    at: new Date().toISOString(),
    ops: [...ops],
    ...(review && changes.length > 0 ? { decisions: { review: review.id, changes } } : {}),
    ...(kept ? { articles: outcome.articles } : {}),
  };
}

/** How many commands two histories share from their start (by id). */
function sharedLength(a: readonly Command[], b: readonly Command[]): number {
  let common = 0;
  while (common < a.length && common < b.length && a[common]?.id === b[common]?.id) common++;
  return common;
}

/** The proposals' changes with what the person corrected before accepting them. */
function withCorrections(
  changes: DecisionChange[],
  corrections: ReadonlyArray<ProposalCorrection> = [],
): DecisionChange[] {
  if (corrections.length === 0) return changes;
  return changes.map((change) => {
    const found = corrections.find((c) => change.type === c.type && c.index === change.index);
    return found ? { ...change, correction: found.correction } : change;
  });
}

function touch(touched: Touched, op: GraphOp) {
  switch (op.op) {
    case 'addNode':
    case 'dropNode':
    case 'setNode':
      touched.nodes.add(op.key);
      break;
    case 'addEdge':
    case 'dropEdge':
      touched.edges.add(op.key);
      touched.nodes.add(op.source).add(op.target);
      break;
    case 'setEdge':
      touched.edges.add(op.key);
      break;
    case 'setGraph':
      touched.graph = true;
      break;
  }
}
