// A relation's own view in the Details panel: who it links, its date and tone, all its evidence
// (each quote but a last one removable), and the tools to edit or remove it.
import { relationView } from '../../graph/relationships';
import { REMOVE_RELATION } from '../../workspace/commands';
import { el } from '../dom';
import { evidenceList, relationMeta } from './evidence';
import { detailsHeader } from './header';
import type { DetailsContext } from './types';

/** The panel's content for relation `edge` (which is in the graph). */
export function relationContent(ctx: DetailsContext, edge: string): HTMLElement[] {
  const view = relationView(ctx.graph, edge);
  return [
    detailsHeader({
      eyebrow: { text: `relation · ${view.kind}`, className: 'eyebrow' },
      title: `${view.source.label} ${view.label} ${view.target.label}`,
      onClose: () => ctx.navigate(null),
    }),
    el('p', { className: 'sentence' }, [
      view.directed ? 'From ' : 'Between ',
      ctx.entityButton(view.source),
      view.directed ? ' to ' : ' and ',
      ctx.entityButton(view.target),
    ]),
    relationMeta(ctx, view),
    el('section', {}, [
      el('h3', { text: `Evidence (${view.evidence.length})` }),
      ...evidenceList(ctx, view.evidence, edge),
    ]),
    relationActions(ctx, edge),
  ];
}

/** Edit relation (a dialog) and Remove relation (undoable; back to the relation's source). */
function relationActions(ctx: DetailsContext, edge: string): HTMLElement {
  const { graph } = ctx;
  const problem = el('p', { className: 'form-problem', attrs: { role: 'alert' } });
  return el('div', { className: 'entity-actions' }, [
    el('button', {
      className: 'small-button',
      text: 'Edit relation',
      attrs: { type: 'button', 'data-tool': 'edit-relation', 'aria-haspopup': 'dialog' },
      on: { click: () => ctx.authoring.editRelation(edge) },
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
          const result = ctx.run(REMOVE_RELATION, { edge });
          if (!result.ok) problem.textContent = `Not removed: ${result.message}.`;
          else if (source) ctx.navigate({ type: 'entity', id: source }, { focusPanel: true });
        },
      },
    }),
    problem,
  ]);
}
