// What the Details panel is handed, and what its sections share: the panel's dependencies and
// a context that adds the small builders every section uses (a link to an entity).
import type { EntityRef } from '../../graph/relationships';
import type { ParleyGraph } from '../../graph/types';
import type { SearchIndex } from '../../search/search-index';
import type { AppState, Selection } from '../../state/app-state';
import type { Store } from '../../state/store';
import type { ArticleText } from '../../workspace/review';
import type { SelectionActions } from '../article-viewer';
import type { RunCommand } from '../entity-tools';

export type DetailsPanelDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  /** Selects an entity or relation (through the URL, so Back and Forward work). */
  navigate(selection: Selection, options?: { focusPanel?: boolean }): void;
  /** Where to start when nothing is selected: the most connected entities. */
  startingPoints(): EntityRef[];
  /** Runs a workspace command (undoable); says whether it was done or why not. */
  run: RunCommand;
  /** The search index (for the Merge into box), or null while it is being built. */
  searchIndex(): SearchIndex | null;
  /** The text of an article read into the workspace, or null (the curated sources). */
  articleOf(sourceId: string): ArticleText | null;
  /** The forms that write the story by hand. */
  authoring: DetailsAuthoring;
};

/** What the panel opens to write the story by hand. */
export type DetailsAuthoring = {
  addRelation(from: string): void;
  editRelation(id: string): void;
  deleteEntity(id: string): void;
  /** What the article viewer offers for a selection in this source's text. */
  selectionActions(sourceId: string): SelectionActions;
};

/** The panel's dependencies plus the builders its sections share. */
export type DetailsContext = DetailsPanelDeps & {
  /** A button naming an entity that selects it and moves focus to the panel. */
  entityButton(ref: EntityRef): HTMLElement;
};
