// The tools under an entity's header: Edit and Merge into… open a form in place (kept open while
// the same entity is shown again), Add relation and Delete entity open a dialog.
import type { Selection } from '../../state/app-state';
import { el } from '../dom';
import { entityEditForm, entityMergeForm } from '../entity-tools';
import type { DetailsContext } from './types';

export type FormKind = 'edit' | 'merge';

/** Whether an open form outlives the new selection: only while its entity stays selected. */
export function formStaysOpen(
  open: { id: string; kind: FormKind } | null,
  selection: Selection,
): boolean {
  return open !== null && selection?.type === 'entity' && selection.id === open.id;
}

/** What the entity tools need of the panel around them. */
export type PanelHooks = {
  /** Draws the panel again for the current selection. */
  rerender(): void;
  /** Moves focus to the tool `data-tool="name"` in the panel. */
  focusTool(name: string): void;
};

export type EntityActions = {
  /** The tools for entity `id`, or its open Edit or Merge form. */
  element(id: string): HTMLElement;
  /** Before each render: stops the last form's listeners, forgets a form of another selection. */
  beforeRender(selection: Selection): void;
  /** Closes the open form (the graph changed under it); says which one was open. */
  close(): FormKind | null;
  dispose(): void;
};

export function entityActions(ctx: DetailsContext, panel: PanelHooks): EntityActions {
  /** The entity's open form, kept across a re-render of the same entity. */
  let openForm: { id: string; kind: FormKind } | null = null;
  let disposeForm: (() => void) | null = null;

  const closeForm = (focus: FormKind) => {
    openForm = null;
    panel.rerender();
    panel.focusTool(focus);
  };

  function form(id: string, kind: FormKind): HTMLElement {
    const deps = {
      id,
      attributes: ctx.graph.getNodeAttributes(id),
      run: ctx.run,
      onMerged: (into: string) => ctx.navigate({ type: 'entity', id: into }, { focusPanel: true }),
      searchIndex: ctx.searchIndex,
      onClose: () => closeForm(kind),
    };
    if (kind === 'edit') {
      const edit = entityEditForm(deps);
      queueMicrotask(() => edit.querySelector('input')?.focus());
      return edit;
    }
    const merge = entityMergeForm(deps);
    disposeForm = merge.dispose;
    queueMicrotask(() => merge.element.querySelector('input')?.focus());
    return merge.element;
  }

  function tools(id: string): HTMLElement {
    const opener = (kind: FormKind, text: string) =>
      el('button', {
        className: 'small-button',
        text,
        attrs: { type: 'button', 'data-tool': kind },
        on: {
          click: () => {
            openForm = { id, kind };
            panel.rerender();
          },
        },
      });
    const dialog = (kind: string, text: string, open: () => void) =>
      el('button', {
        className: 'small-button',
        text,
        attrs: { type: 'button', 'data-tool': kind, 'aria-haspopup': 'dialog' },
        on: { click: open },
      });
    return el('div', { className: 'entity-actions' }, [
      opener('edit', 'Edit'),
      opener('merge', 'Merge into…'),
      dialog('add-relation', 'Add relation', () => ctx.authoring.addRelation(id)),
      dialog('delete-entity', 'Delete entity', () => ctx.authoring.deleteEntity(id)),
    ]);
  }

  return {
    element: (id) => (openForm?.id === id ? form(id, openForm.kind) : tools(id)),
    beforeRender(selection) {
      disposeForm?.();
      disposeForm = null;
      if (!formStaysOpen(openForm, selection)) openForm = null;
    },
    close() {
      const kind = openForm?.kind ?? null;
      openForm = null;
      return kind;
    },
    dispose() {
      disposeForm?.();
      disposeForm = null;
    },
  };
}
