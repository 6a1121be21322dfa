// What the Details panel shows of a relation: who it links, its date and tone, all its evidence
// (each quote but a last one removable), and the tools to edit or remove it.
import { relationDetails } from '../../graph/relationships';
import { REMOVE_RELATION } from '../../workspace/commands';
import { el } from '../dom';
import { evidenceList, relationMeta } from './evidence';
import { detailsHeader } from './header';
import type { DetailsContext } from './types';

/** The panel's content for relation `edge` (which is in the graph). */
export function relationContent(ctx: DetailsContext, edge: string): HTMLElement[] {
  const relation = relationDetails(ctx.graph, edge);
  return [
    detailsHeader({
      eyebrow: { text: `relation · ${relation.kind}`, className: 'eyebrow' },
      title: `${relation.source.label} ${relation.label} ${relation.target.label}`,
      onClose: () => ctx.navigate(null),
    }),
    el('p', { className: 'sentence' }, [
      relation.directed ? 'From ' : 'Between ',
      ctx.entityButton(relation.source),
      relation.directed ? ' to ' : ' and ',
      ctx.entityButton(relation.target),
    ]),
    relationMeta(ctx, relation),
    el('section', {}, [
      el('h3', { text: `Evidence (${relation.evidence.length})` }),
      ...evidenceList(ctx, relation.evidence, edge),
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
