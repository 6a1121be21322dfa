// The People here region: who else has the shared story open, and the entity each has selected.
import type { Peer } from '../../sync/connection';
import { el, replaceChildren } from '../dom';
import { NO_ONE_ELSE, peopleLines } from './people-text';

export type PeopleHereDeps = {
  people(): Peer[];
  /** The label of an entity in the workspace, or null when it is not there. */
  labelOf(key: string): string | null;
  subscribe(listener: () => void): () => void;
};

export function mountPeopleHere(root: HTMLElement, deps: PeopleHereDeps): () => void {
  const list = el('ul', { className: 'people-here-list' });
  const empty = el('p', { className: 'people-here-empty', text: NO_ONE_ELSE });
  const region = el(
    'section',
    { className: 'people-here', attrs: { 'aria-labelledby': 'people-here-heading' } },
    [el('h2', { id: 'people-here-heading', text: 'People here' }), list, empty],
  );
  root.append(region);
  let shown = '';
  const update = () => {
    const lines = peopleLines(deps.people(), deps.labelOf);
    const key = JSON.stringify(lines);
    if (key === shown) return;
    shown = key;
    replaceChildren(
      list,
      lines.map((line) => el('li', { text: line })),
    );
    empty.hidden = lines.length > 0;
  };
  update();
  const unsubscribe = deps.subscribe(update);
  return () => {
    unsubscribe();
    region.remove();
  };
}
