// The legend: one entry per entity kind with its colour and how many are shown of how many
// there are. Display only; the Filters group shows and hides kinds.
import { colorForKind } from '../graph/palette';
import type { ParleyGraph } from '../graph/types';
import { countByKind } from '../graph/view';
import type { AppState } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import type { Store } from '../state/store';
import { el } from './dom';

export function mountLegend(
  root: HTMLElement,
  graph: ParleyGraph,
  store: Store<AppState>,
  deriveView: (state: AppState) => DerivedView,
): () => void {
  const totals = countByKind(graph);
  const counts = new Map<string, HTMLElement>();
  const items = [...totals.keys()].sort().map((kind) => {
    const count = el('span', { className: 'count' });
    counts.set(kind, count);
    return el('li', { className: 'legend-item' }, [
      el('span', {
        className: 'swatch',
        attrs: { 'aria-hidden': 'true' },
        style: { background: colorForKind(kind) },
      }),
      el('span', { text: kind }),
      count,
    ]);
  });
  const legend = el('section', { className: 'legend', attrs: { 'aria-label': 'Legend' } }, [
    el('h2', { className: 'legend-title', text: 'Entity kinds' }),
    el('ul', {}, items),
  ]);
  root.append(legend);

  function update(state: AppState) {
    const shown = new Map<string, number>();
    for (const node of deriveView(state).visible.nodes) {
      const kind = graph.getNodeAttribute(node, 'kind');
      shown.set(kind, (shown.get(kind) ?? 0) + 1);
    }
    for (const [kind, total] of totals) {
      const visible = shown.get(kind) ?? 0;
      const count = counts.get(kind);
      if (count) count.textContent = visible === total ? String(total) : `${visible}/${total}`;
      count?.parentElement?.classList.toggle('hidden-kind', visible === 0);
    }
  }
  update(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.focus !== previous.focus) update(state);
  });
  return () => {
    unsubscribe();
    legend.remove();
  };
}
