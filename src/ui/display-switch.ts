// The display switch (Graph | List): two toggle buttons in the top bar, pressed as the store's
// display (the group keeps its accessible name "View").
import { type AppState, type DisplayMode, setDisplay } from '../state/app-state';
import type { Store } from '../state/store';
import { el } from './dom';

export function mountDisplaySwitch(root: HTMLElement, store: Store<AppState>): () => void {
  const button = (mode: DisplayMode, text: string) =>
    el('button', {
      className: 'segment',
      text,
      attrs: {
        type: 'button',
        'data-display': mode,
        'aria-pressed': String(store.get().display === mode),
      },
      on: { click: () => store.update(setDisplay(mode)) },
    });
  const group = el(
    'div',
    { className: 'segmented', attrs: { role: 'group', 'aria-label': 'View' } },
    [button('graph', 'Graph'), button('list', 'List')],
  );
  root.append(group);
  const unsubscribe = store.subscribe((state) => {
    for (const b of group.querySelectorAll('button')) {
      b.setAttribute('aria-pressed', String(b.dataset.display === state.display));
    }
  });
  return () => {
    unsubscribe();
    group.remove();
  };
}
