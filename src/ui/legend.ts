// The legend: one entry per entity kind with its colour and count; each entry shows or hides
// that kind (a toggle button), so the legend is also the simplest filter.

import { colorForKind } from '../graph/palette';
import type { ParleyGraph } from '../graph/types';
import { countByKind } from '../graph/view';
import { type AppState, toggleKind } from '../state/app-state';
import type { Store } from '../state/store';
import { el } from './dom';

export function mountLegend(
  root: HTMLElement,
  graph: ParleyGraph,
  store: Store<AppState>,
): () => void {
  const buttons = new Map<string, HTMLButtonElement>();
  const items = [...countByKind(graph)].map(([kind, count]) => {
    const button = el(
      'button',
      {
        className: 'legend-item',
        attrs: { type: 'button', 'aria-pressed': 'true', title: `Show or hide ${kind} entities` },
        on: { click: () => store.update(toggleKind(kind)) },
      },
      [
        el('span', {
          className: 'swatch',
          attrs: { 'aria-hidden': 'true', style: `background:${colorForKind(kind)}` },
        }),
        el('span', { text: kind }),
        el('span', { className: 'count', text: String(count) }),
      ],
    );
    buttons.set(kind, button);
    return el('li', {}, [button]);
  });
  const legend = el('section', { className: 'legend', attrs: { 'aria-label': 'Legend' } }, [
    el('h2', { className: 'legend-title', text: 'Entity kinds' }),
    el('ul', {}, items),
  ]);
  root.append(legend);

  const updatePressed = (state: AppState) => {
    for (const [kind, button] of buttons)
      button.setAttribute('aria-pressed', String(!state.hiddenKinds.has(kind)));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.hiddenKinds !== previous.hiddenKinds) updatePressed(state);
  });
  return () => {
    unsubscribe();
    legend.remove();
  };
}
