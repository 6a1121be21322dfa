// The view switch (Graph | List): two toggle buttons in the top bar, pressed as the store's view.
import { type AppState, setView, type ViewMode } from '../state/app-state';
import type { Store } from '../state/store';
import { el } from './dom';

export function mountViewSwitch(root: HTMLElement, store: Store<AppState>): () => void {
  const button = (mode: ViewMode, text: string) =>
    el('button', {
      className: 'segment',
      text,
      attrs: {
        type: 'button',
        'data-view': mode,
        'aria-pressed': String(store.get().view === mode),
      },
      on: { click: () => store.update(setView(mode)) },
    });
  const group = el(
    'div',
    { className: 'segmented', attrs: { role: 'group', 'aria-label': 'View' } },
    [button('graph', 'Graph'), button('list', 'List')],
  );
  root.append(group);
  const unsubscribe = store.subscribe((state) => {
    for (const b of group.querySelectorAll('button')) {
      b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
    }
  });
  return () => {
    unsubscribe();
    group.remove();
  };
}
