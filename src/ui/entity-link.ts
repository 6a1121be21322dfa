// The button that names an entity in a panel (a relation's ends, a path's stops, a proposal's
// parties): its label, coloured by its kind, and a click that goes to it.
import type { EntityRef } from '../graph/relationships';
import { el } from './dom';

export function entityLink(
  entity: EntityRef,
  onClick: () => void,
  title?: string,
): HTMLButtonElement {
  return el('button', {
    className: `entity-link kind-${entity.kind}`,
    text: entity.label,
    attrs: { type: 'button', 'data-entity': entity.id, title },
    on: { click: onClick },
  });
}
