// The neighbourhood controls under an entity's header: show the whole graph or the entity's
// one- or two-hop neighbourhood, and start a path from or to it.
import { type AppState, type Focus, setFocus, setPathEnd } from '../../state/app-state';
import type { Store } from '../../state/store';
import { el } from '../dom';

export type Hops = 0 | 1 | 2;

/** Whether the `hops` option is the one in force for entity `id` (0: the whole graph). */
export function hopsPressed(focus: Focus, id: string, hops: Hops): boolean {
  return hops === 0 ? focus === null : focus?.center === id && focus.hops === hops;
}

export function neighbourhoodControls(store: Store<AppState>, id: string): HTMLElement {
  const current = store.get().focus;
  const option = (text: string, hops: Hops) =>
    el('button', {
      className: 'segment',
      text,
      attrs: { type: 'button', 'aria-pressed': String(hopsPressed(current, id, hops)) },
      on: { click: () => store.update(setFocus(hops === 0 ? null : { center: id, hops })) },
    });
  const pathButton = (text: string, end: 'from' | 'to') =>
    el('button', {
      className: 'text-button',
      text,
      attrs: { type: 'button' },
      on: { click: () => store.update(setPathEnd(end, id)) },
    });
  return el('div', { className: 'entity-tools' }, [
    el('div', { className: 'segmented', attrs: { role: 'group', 'aria-label': 'Show' } }, [
      option('Whole graph', 0),
      option('1 hop', 1),
      option('2 hops', 2),
    ]),
    el('div', { className: 'path-shortcuts' }, [
      pathButton('Path from here', 'from'),
      pathButton('Path to here', 'to'),
    ]),
  ]);
}
