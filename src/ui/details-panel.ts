// The Details panel (a complementary landmark named "Details"): the selected entity with its
// roles, aliases and relationships grouped by kind, each with counterpart, date and evidence;
// or the selected relation with all its evidence; or a starting point when nothing is selected.
// An entity can be edited or merged into another, a relation removed (ui/entity-tools): each is
// an undoable workspace command. The panel re-reads the graph whenever it changes. Its tools
// (`data-tool`) all change the story: where it cannot be changed here (a read-only link) they are
// disabled, saying why.
import { toneName } from '../data/schema';
import {
  type EntityRef,
  type EvidenceView,
  entityRef,
  formatDate,
  type RelationshipView,
  type RelationView,
  relationshipsOf,
  relationView,
} from '../graph/relationships';
import type { ParleyGraph } from '../graph/types';
import type { SearchIndex } from '../search/search-index';
import {
  type AppState,
  type Selection,
  setFocus,
  setPathEnd,
  showNotice,
} from '../state/app-state';
import { editBlock } from '../state/shared-view';
import type { Store } from '../state/store';
import { REMOVE_EVIDENCE, REMOVE_RELATION } from '../workspace/commands';
import type { ArticleText } from '../workspace/review';
import { type SelectionActions, showArticle } from './article-viewer';
import { corroborationNote } from './corroboration-note';
import { el, replaceChildren } from './dom';
import { entityLink } from './entity-link';
import { entityEditForm, entityMergeForm, type RunCommand } from './entity-tools';
import { lockEditing } from './share/edit-lock';

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

export type DetailsPanel = { focusHeading(): void; dispose(): void };

export function mountDetailsPanel(root: HTMLElement, deps: DetailsPanelDeps): DetailsPanel {
  const { graph, store, navigate } = deps;
  root.setAttribute('aria-label', 'Details');
  const body = el('div', { className: 'details-body' });
  root.append(body);

  const entityButton = (ref: EntityRef) =>
    entityLink(ref, () => navigate({ type: 'entity', id: ref.id }, { focusPanel: true }));

  const closeButton = () =>
    el('button', {
      className: 'close-button',
      text: '×',
      attrs: { type: 'button', 'aria-label': 'Clear selection', title: 'Clear selection (Esc)' },
      on: { click: () => navigate(null) },
    });

  /** The quotes; in a relation's own view (`edge`), each but a last one can be removed. */
  const evidenceList = (evidence: EvidenceView[], edge?: string) =>
    evidence.map((e, index) => {
      const article = deps.articleOf(e.sourceId);
      return el('blockquote', { className: 'evidence' }, [
        el('p', { text: `“${e.quote}”` }),
        el('footer', {}, [
          '— ',
          el('cite', { text: e.sourceName, attrs: { title: e.sourceId } }),
          // an article read into this workspace: the quote can be shown in its place
          article
            ? el('button', {
                className: 'text-button show-in-article',
                text: 'Show in article',
                attrs: { type: 'button', 'aria-label': `Show in article: ${e.sourceName}` },
                on: {
                  click: (event) =>
                    showArticle(
                      article,
                      e.quote,
                      event.currentTarget as HTMLElement,
                      editBlock(store.get()) === null
                        ? deps.authoring.selectionActions(e.sourceId)
                        : undefined,
                    ),
                },
              })
            : null,
          edge !== undefined && evidence.length > 1 ? removeEvidenceButton(edge, index) : null,
        ]),
      ]);
    });

  function removeEvidenceButton(edge: string, index: number) {
    return el('button', {
      className: 'text-button',
      text: 'Remove evidence',
      attrs: { type: 'button', 'data-tool': `remove-evidence-${index}` },
      on: {
        click: () => {
          const result = deps.run(REMOVE_EVIDENCE, { id: edge, index });
          if (!result.ok) store.update(showNotice(`Not removed: ${result.message}.`));
        },
      },
    });
  }

  const meta = (view: RelationView) =>
    el('p', { className: 'meta' }, [
      view.date
        ? el('time', {
            text: formatDate(view.date, view.dateApproximate),
            attrs: {
              datetime: view.date,
              title: view.dateApproximate ? 'approximate date' : undefined,
            },
          })
        : el('span', { className: 'muted', text: 'undated' }),
      view.tone
        ? el('span', {
            className: `tone tone-${view.tone}`,
            text: toneName(view.tone),
          })
        : null,
      corroborationNote(graph, view.edge),
    ]);

  function relationshipItem(self: string, item: RelationshipView) {
    const selfIsSource = item.source.id === self;
    // a relation of the entity with itself (from an imported graph, or two merged entities that
    // were related): said as such, and not drawn on the canvas
    const sentence = item.withItself
      ? [
          el('span', { text: `${item.source.label} ${item.label} ` }),
          el('em', {
            text: 'itself',
            attrs: { title: 'A relation of this entity with itself; the graph does not draw it' },
          }),
        ]
      : selfIsSource
        ? [
            el('span', { text: `${item.source.label} ${item.label} ` }),
            entityButton(item.counterpart),
          ]
        : [
            entityButton(item.counterpart),
            el('span', { text: ` ${item.label} ${item.target.label}` }),
          ];
    return el('li', { className: 'relationship' }, [
      el('p', { className: 'sentence' }, sentence),
      item.alsoWith.length > 0
        ? el('p', { className: 'also-with' }, [
            'with ',
            ...item.alsoWith.flatMap((ref, i) => [i > 0 ? ', ' : '', entityButton(ref)]),
          ])
        : null,
      meta(item),
      ...evidenceList(item.evidence),
      el('button', {
        className: 'text-button',
        text: 'Open relation',
        attrs: {
          type: 'button',
          'aria-label': `Open relation: ${item.label} ${item.counterpart.label}`,
        },
        on: { click: () => navigate({ type: 'relation', id: item.edge }, { focusPanel: true }) },
      }),
    ]);
  }

  function focusControls(id: string) {
    const current = store.get().focus;
    const option = (text: string, hops: 0 | 1 | 2) =>
      el('button', {
        className: 'segment',
        text,
        attrs: {
          type: 'button',
          'aria-pressed': String(
            hops === 0 ? current === null : current?.center === id && current.hops === hops,
          ),
        },
        on: { click: () => store.update(setFocus(hops === 0 ? null : { center: id, hops })) },
      });
    return el('div', { className: 'entity-tools' }, [
      el('div', { className: 'segmented', attrs: { role: 'group', 'aria-label': 'Show' } }, [
        option('Whole graph', 0),
        option('1 hop', 1),
        option('2 hops', 2),
      ]),
      el('div', { className: 'path-shortcuts' }, [
        el('button', {
          className: 'text-button',
          text: 'Path from here',
          attrs: { type: 'button' },
          on: { click: () => store.update(setPathEnd('from', id)) },
        }),
        el('button', {
          className: 'text-button',
          text: 'Path to here',
          attrs: { type: 'button' },
          on: { click: () => store.update(setPathEnd('to', id)) },
        }),
      ]),
    ]);
  }

  /** The entity's open form (Edit or Merge), kept across a re-render of the same entity. */
  let openForm: { id: string; kind: 'edit' | 'merge' } | null = null;
  let disposeForm: (() => void) | null = null;

  function entityActions(id: string) {
    const attributes = graph.getNodeAttributes(id);
    const close = (focus: 'edit' | 'merge') => {
      openForm = null;
      render(store.get().selection);
      body.querySelector<HTMLElement>(`[data-tool="${focus}"]`)?.focus();
    };
    if (openForm?.id === id && openForm.kind === 'edit') {
      const form = entityEditForm({
        id,
        attributes,
        run: deps.run,
        onMerged: (into) => navigate({ type: 'entity', id: into }, { focusPanel: true }),
        searchIndex: deps.searchIndex,
        onClose: () => close('edit'),
      });
      queueMicrotask(() => form.querySelector('input')?.focus());
      return form;
    }
    if (openForm?.id === id && openForm.kind === 'merge') {
      const merge = entityMergeForm({
        id,
        attributes,
        run: deps.run,
        onMerged: (into) => navigate({ type: 'entity', id: into }, { focusPanel: true }),
        searchIndex: deps.searchIndex,
        onClose: () => close('merge'),
      });
      disposeForm = merge.dispose;
      queueMicrotask(() => merge.element.querySelector('input')?.focus());
      return merge.element;
    }
    const tool = (kind: 'edit' | 'merge', text: string) =>
      el('button', {
        className: 'small-button',
        text,
        attrs: { type: 'button', 'data-tool': kind },
        on: {
          click: () => {
            openForm = { id, kind };
            render(store.get().selection);
          },
        },
      });
    const action = (kind: string, text: string, run: () => void) =>
      el('button', {
        className: 'small-button',
        text,
        attrs: { type: 'button', 'data-tool': kind, 'aria-haspopup': 'dialog' },
        on: { click: run },
      });
    return el('div', { className: 'entity-actions' }, [
      tool('edit', 'Edit'),
      tool('merge', 'Merge into…'),
      action('add-relation', 'Add relation', () => deps.authoring.addRelation(id)),
      action('delete-entity', 'Delete entity', () => deps.authoring.deleteEntity(id)),
    ]);
  }

  function renderEntity(id: string) {
    const attributes = graph.getNodeAttributes(id);
    const groups = relationshipsOf(graph, id);
    const total = groups.reduce((n, g) => n + g.relationships.length, 0);
    replaceChildren(body, [
      el('header', { className: 'details-header' }, [
        el('p', { className: `eyebrow kind-${attributes.kind}`, text: attributes.kind }),
        el('h2', { text: attributes.label, attrs: { tabindex: -1 } }),
        closeButton(),
      ]),
      focusControls(id),
      entityActions(id),
      attributes.description
        ? el('p', { className: 'description', text: attributes.description })
        : null,
      attributes.roles?.length
        ? el('section', {}, [
            el('h3', { text: 'Roles' }),
            el(
              'ul',
              { className: 'roles' },
              attributes.roles.map((role) =>
                el('li', {}, [
                  role.title,
                  role.organization && graph.hasNode(role.organization)
                    ? el('span', {}, [', ', entityButton(entityRef(graph, role.organization))])
                    : null,
                  role.from || role.to
                    ? el('span', {
                        className: 'muted',
                        text: ` (${role.from ? `from ${formatDate(role.from)}` : ''}${role.from && role.to ? ' ' : ''}${role.to ? `until ${formatDate(role.to)}` : ''})`,
                      })
                    : null,
                ]),
              ),
            ),
          ])
        : null,
      attributes.aliases.length
        ? el('section', {}, [
            el('h3', { text: 'Also called' }),
            el('p', { className: 'aliases', text: attributes.aliases.join(' · ') }),
          ])
        : null,
      el('section', { className: 'relationships' }, [
        el('h3', { text: `Relationships (${total})` }),
        total === 0 ? el('p', { className: 'muted', text: 'No relationships recorded.' }) : null,
        ...groups.map((group) =>
          el('section', { className: 'relationship-group' }, [
            el('h4', {
              text: `${group.kind} (${group.relationships.length})`,
              attrs: { title: group.meaning },
            }),
            el(
              'ul',
              {},
              group.relationships.map((item) => relationshipItem(id, item)),
            ),
          ]),
        ),
      ]),
    ]);
  }

  function renderRelation(edge: string) {
    const view = relationView(graph, edge);
    replaceChildren(body, [
      el('header', { className: 'details-header' }, [
        el('p', { className: 'eyebrow', text: `relation · ${view.kind}` }),
        el('h2', {
          text: `${view.source.label} ${view.label} ${view.target.label}`,
          attrs: { tabindex: -1 },
        }),
        closeButton(),
      ]),
      el('p', { className: 'sentence' }, [
        view.directed ? 'From ' : 'Between ',
        entityButton(view.source),
        view.directed ? ' to ' : ' and ',
        entityButton(view.target),
      ]),
      meta(view),
      el('section', {}, [
        el('h3', { text: `Evidence (${view.evidence.length})` }),
        ...evidenceList(view.evidence, edge),
      ]),
      removeRelationControl(edge),
    ]);
  }

  function removeRelationControl(edge: string) {
    const problem = el('p', { className: 'form-problem', attrs: { role: 'alert' } });
    return el('div', { className: 'entity-actions' }, [
      el('button', {
        className: 'small-button',
        text: 'Edit relation',
        attrs: { type: 'button', 'data-tool': 'edit-relation', 'aria-haspopup': 'dialog' },
        on: { click: () => deps.authoring.editRelation(edge) },
      }),
      el('button', {
        className: 'small-button',
        text: 'Remove relation',
        attrs: {
          type: 'button',
          'data-tool': 'remove-relation',
          title: 'Take this relation out of the workspace (Undo brings it back)',
        },
        on: {
          click: () => {
            const source = graph.hasEdge(edge) ? graph.source(edge) : null;
            const result = deps.run(REMOVE_RELATION, { edge });
            if (!result.ok) problem.textContent = `Not removed: ${result.message}.`;
            else if (source) navigate({ type: 'entity', id: source }, { focusPanel: true });
          },
        },
      }),
      problem,
    ]);
  }

  function renderNothing(notFound: boolean) {
    replaceChildren(body, [
      el('header', { className: 'details-header' }, [
        el('h2', { text: 'Nothing selected', attrs: { tabindex: -1 } }),
      ]),
      el('p', {
        text: notFound
          ? 'That item is not in this graph.'
          : 'Click a node or an edge, press / to search, or start with one of the most connected:',
      }),
      el(
        'ul',
        { className: 'starting-points' },
        deps.startingPoints().map((ref) => el('li', {}, [entityButton(ref)])),
      ),
    ]);
  }

  function render(selection: Selection) {
    disposeForm?.();
    disposeForm = null;
    if (openForm && (selection?.type !== 'entity' || selection.id !== openForm.id)) openForm = null;
    if (selection?.type === 'entity' && graph.hasNode(selection.id)) renderEntity(selection.id);
    else if (selection?.type === 'relation' && graph.hasEdge(selection.id))
      renderRelation(selection.id);
    else renderNothing(selection !== null);
    const blocked = editBlock(store.get());
    for (const tool of body.querySelectorAll<HTMLButtonElement>('button[data-tool]'))
      lockEditing(tool, blocked);
    body.scrollTop = 0;
    root.scrollTop = 0;
  }

  render(store.get().selection);
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.selection !== previous.selection ||
      state.focus !== previous.focus ||
      editBlock(state) !== editBlock(previous)
    ) {
      render(state.selection);
    } else if (state.graphVersion !== previous.graphVersion) {
      // the graph changed under the same selection (an edit saved, an undo): show it as it is
      // now, where the person was reading, with the form closed after a save
      const scroll = root.scrollTop;
      const active = document.activeElement as HTMLElement | null;
      const focusedTool =
        active?.dataset.tool ?? (openForm && body.contains(active) ? openForm.kind : undefined);
      openForm = null;
      render(state.selection);
      root.scrollTop = scroll;
      if (focusedTool) body.querySelector<HTMLElement>(`[data-tool="${focusedTool}"]`)?.focus();
    }
  });

  return {
    focusHeading() {
      body.querySelector<HTMLElement>('h2')?.focus();
    },
    dispose() {
      unsubscribe();
      disposeForm?.();
      body.remove();
    },
  };
}
