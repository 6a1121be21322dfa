// An entity's relationships, grouped by kind: each a sentence with its counterpart, the others
// it was with, its date, tone and evidence, and a button that opens the relation itself.
import { type RelationshipDetails, relationshipsOf } from '../../graph/relationships';
import { el } from '../dom';
import { evidenceList, relationMeta } from './evidence';
import type { DetailsContext } from './types';

export function relationshipsSection(ctx: DetailsContext, id: string): HTMLElement {
  const groups = relationshipsOf(ctx.graph, id);
  const total = groups.reduce((n, g) => n + g.relationships.length, 0);
  return el('section', { className: 'relationships' }, [
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
          group.relationships.map((item) => relationshipItem(ctx, id, item)),
        ),
      ]),
    ),
  ]);
}

/** The relationship said from `self`'s side: the counterpart is the link. */
function sentence(ctx: DetailsContext, self: string, item: RelationshipDetails): HTMLElement[] {
  // a relation of the entity with itself (from an imported graph, or two merged entities that
  // were related): said as such, and not drawn on the canvas
  if (item.withItself)
    return [
      el('span', { text: `${item.source.label} ${item.label} ` }),
      el('em', {
        text: 'itself',
        attrs: { title: 'A relation of this entity with itself; the graph does not draw it' },
      }),
    ];
  if (item.source.id === self)
    return [
      el('span', { text: `${item.source.label} ${item.label} ` }),
      ctx.entityButton(item.counterpart),
    ];
  return [
    ctx.entityButton(item.counterpart),
    el('span', { text: ` ${item.label} ${item.target.label}` }),
  ];
}

function relationshipItem(ctx: DetailsContext, self: string, item: RelationshipDetails) {
  return el('li', { className: 'relationship' }, [
    el('p', { className: 'sentence' }, sentence(ctx, self, item)),
    item.alsoWith.length > 0
      ? el('p', { className: 'also-with' }, [
          'with ',
          ...item.alsoWith.flatMap((ref, i) => [i > 0 ? ', ' : '', ctx.entityButton(ref)]),
        ])
      : null,
    relationMeta(ctx, item),
    ...evidenceList(ctx, item.evidence),
    el('button', {
      className: 'text-button',
      text: 'Open relation',
      attrs: {
        type: 'button',
        'aria-label': `Open relation: ${item.label} ${item.counterpart.label}`,
      },
      on: {
        click: () => ctx.navigate({ type: 'relation', id: item.edge }, { focusPanel: true }),
      },
    }),
  ]);
}
