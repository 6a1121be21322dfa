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
  type Correction,
  type DecisionChange,
  decisionChanges,
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
      corrections?: ReadonlyArray<{ index: number; correction: Correction }>;
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

export function createWorkspace(
  graph: ParleyGraph,
  initial: { history?: History; review?: Review | null; articles?: Articles } = {},
): Workspace {
  const order = createItemOrder(graph);
  let commands: Command[] = [];
  let cursor = 0;
  let review: Review | null = initial.review ?? null;
  let articles: Articles = withReviewArticle(initial.articles ?? {}, review);
  /** The texts kept by done commands, over those kept by reviews. */
  const allArticles = (): Articles => {
    let all = articles;
    for (const command of commands.slice(0, cursor))
      if (command.articles) all = { ...all, ...command.articles };
    return all;
  };
  const listeners = new Set<(change: WorkspaceChange) => void>();

  const emit = (change: WorkspaceChange) => {
    for (const listener of [...listeners]) listener(change);
  };

  function shiftDecisions(command: Command, direction: 'forward' | 'backward') {
    if (!command.decisions || review?.id !== command.decisions.review) return;
    review = {
      ...review,
      draft: withDecisions(review.draft, command.decisions.changes, direction),
    };
  }

  function forward(command: Command, touched: Touched) {
    applyOps(graph, order, command.ops, touched);
    shiftDecisions(command, 'forward');
  }

  function backward(command: Command, touched: Touched) {
    applyOps(graph, order, invertOps(command.ops), touched);
    shiftDecisions(command, 'backward');
  }

  // a stored workspace: its done commands are replayed onto the graph it started from
  if (initial.history) {
    const { commands: stored, cursor: storedCursor } = initial.history;
    for (const command of stored.slice(0, storedCursor)) applyOps(graph, order, command.ops);
    commands = [...stored];
    cursor = storedCursor;
  }

  return {
    graph,
    order,
    history: () => ({ commands, cursor }),
    review: () => review,
    articles: allArticles,
    readArticles: () => articles,
    canUndo: () => cursor > 0,
    canRedo: () => cursor < commands.length,
    undoable: () => commands[cursor - 1] ?? null,
    redoable: () => commands[cursor] ?? null,
    run(name, label, body) {
      const tx = createTransaction(graph, order);
      let outcome: BodyOutcome;
      try {
        outcome = body(tx, review);
      } catch (error) {
        tx.rollback();
        throw error;
      }
      if (!outcome.ok) {
        tx.rollback();
        return outcome;
      }
      const nextReview = outcome.review === undefined ? review : outcome.review;
      const command = commandOf({ name, label }, tx.ops, review, nextReview, outcome);
      if (!command) return { ok: true, command: null };
      review = nextReview;
      commands = [...commands.slice(0, cursor), command];
      cursor = commands.length;
      // the ops are already applied; what they touched is what the views must see again
      const touched = emptyTouched();
      for (const op of command.ops) touch(touched, op);
      emit({ type: 'do', command, touched });
      return { ok: true, command };
    },
    undo() {
      const command = commands[cursor - 1];
      if (!command) return null;
      const touched = emptyTouched();
      backward(command, touched);
      cursor -= 1;
      emit({ type: 'undo', command, touched });
      return command;
    },
    redo() {
      const command = commands[cursor];
      if (!command) return null;
      const touched = emptyTouched();
      forward(command, touched);
      cursor += 1;
      emit({ type: 'redo', command, touched });
      return command;
    },
    setReview(next) {
      review = next;
      articles = withReviewArticle(articles, next);
      emit({ type: 'review', command: null, touched: emptyTouched() });
    },
    adopt(history, nextReview, nextArticles) {
      const touched = emptyTouched();
      const common = sharedLength(commands, history.commands);
      // take back what this copy did past the common part, then do what the other copy did
      for (let i = cursor - 1; i >= common; i--) backward(commands[i] as Command, touched);
      const from = Math.min(cursor, common);
      for (let i = from; i < history.cursor; i++) forward(history.commands[i] as Command, touched);
      for (let i = from - 1; i >= history.cursor; i--)
        backward(history.commands[i] as Command, touched);
      commands = [...history.commands];
      cursor = history.cursor;
      review = nextReview;
      articles = withReviewArticle(nextArticles ?? articles, nextReview);
      emit({ type: 'sync', command: null, touched });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
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

/** The relation proposals' changes with what the person corrected before accepting them. */
function withCorrections(
  changes: DecisionChange[],
  corrections: ReadonlyArray<{ index: number; correction: Correction }> = [],
): DecisionChange[] {
  if (corrections.length === 0) return changes;
  return changes.map((change) => {
    const found = corrections.find((c) => change.type === 'relation' && c.index === change.index);
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
