// The panels of a shared story while its workspace is shown: People here and the status line on
// the story's connection, the selection told to the others, the store's shared view, and this
// person's set-aside or refused changes, reported as they happen.
import { type AppState, setShared } from '../state/app-state';
import { READ_ONLY_REASON, type SharedView } from '../state/shared-view';
import type { Store } from '../state/store';
import type { SharedStory } from '../sync/shared-story';
import type { AlertRegion } from '../ui/alert-region';
import { el } from '../ui/dom';
import { mountPeopleHere } from '../ui/share/people-here';
import { historyAuthors } from '../ui/share/people-text';
import { mountSyncStatusLine } from '../ui/share/sync-status-line';
import type { OpenedWorkspace } from '../workspace/session';

/** What the panels need of the page: where People here goes, the store, the alert region. */
export type StoryPanelsDeps = {
  roots: { people: HTMLElement };
  store: Store<AppState>;
  alerts: AlertRegion;
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
export function mountStoryPanels(
  deps: StoryPanelsDeps,
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
