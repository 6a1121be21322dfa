// What the Details panel shows of an entity: its kind and name, the neighbourhood controls, its tools
// (or an open Edit or Merge form), its description, roles, other names and relationships.
import { entityRef, formatDate } from '../../graph/relationships';
import type { NodeAttributes } from '../../graph/types';
import { el } from '../dom';
import type { EntityActions } from './entity-actions';
import { detailsHeader } from './header';
import { neighbourhoodControls } from './neighbourhood';
import { relationshipsSection } from './relationships';
import type { DetailsContext } from './types';

type Role = NonNullable<NodeAttributes['roles']>[number];

/** When a role was held, in brackets (" (from 3 May 2021 until 2023)"), or null when unknown. */
export function roleDatesText(role: Pick<Role, 'from' | 'to'>): string | null {
  if (!role.from && !role.to) return null;
  const from = role.from ? `from ${formatDate(role.from)}` : '';
  const to = role.to ? `until ${formatDate(role.to)}` : '';
  return ` (${from}${from && to ? ' ' : ''}${to})`;
}

/** The panel's content for entity `id` (which is in the graph). */
export function entityContent(
  ctx: DetailsContext,
  actions: EntityActions,
  id: string,
): HTMLElement[] {
  const attributes = ctx.graph.getNodeAttributes(id);
  return [
    detailsHeader({
      eyebrow: { text: attributes.kind, className: `eyebrow kind-${attributes.kind}` },
      title: attributes.label,
      onClose: () => ctx.navigate(null),
    }),
    neighbourhoodControls(ctx.store, id),
    actions.element(id),
    attributes.description
      ? el('p', { className: 'description', text: attributes.description })
      : null,
    attributes.roles?.length ? rolesSection(ctx, attributes.roles) : null,
    attributes.aliases.length
      ? el('section', {}, [
          el('h3', { text: 'Also called' }),
          el('p', { className: 'aliases', text: attributes.aliases.join(' · ') }),
        ])
      : null,
    relationshipsSection(ctx, id),
  ].filter((part): part is HTMLElement => part !== null);
}

function rolesSection(ctx: DetailsContext, roles: Role[]): HTMLElement {
  const { graph } = ctx;
  return el('section', {}, [
    el('h3', { text: 'Roles' }),
    el(
      'ul',
      { className: 'roles' },
      roles.map((role) => {
        const dates = roleDatesText(role);
        return el('li', {}, [
          role.title,
          role.organization && graph.hasNode(role.organization)
            ? el('span', {}, [', ', ctx.entityButton(entityRef(graph, role.organization))])
            : null,
          dates ? el('span', { className: 'muted', text: dates }) : null,
        ]);
      }),
    ),
  ]);
}
