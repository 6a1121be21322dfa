// The Export controls: the whole graph, or the current view, as the JSON document of DESIGN §3.
// Same code as `npm run export`.

import type { ParleyGraph } from '../graph/types';
import { visibleNodes } from '../graph/view';
import { downloadText, exportFileName } from '../io/download';
import { exportJsonText } from '../io/export-json';
import type { AppState } from '../state/app-state';
import type { Store } from '../state/store';
import { el } from './dom';

export type ExportControlsDeps = {
  graph: ParleyGraph;
  store: Store<AppState>;
  datasetId: string;
  onExported(message: string): void;
};

export function mountExportControls(root: HTMLElement, deps: ExportControlsDeps): () => void {
  const { graph, store, datasetId } = deps;

  function exportScope(scope: 'graph' | 'view') {
    const nodes = scope === 'view' ? visibleNodes(graph, store.get().hiddenKinds) : undefined;
    const fileName = exportFileName(datasetId, scope, new Date(), 'json');
    downloadText(fileName, exportJsonText(graph, { nodes }), 'application/json');
    const count = nodes ? nodes.size : graph.order;
    deps.onExported(`Exported ${count} entities to ${fileName}.`);
  }

  const group = el(
    'div',
    { className: 'export-controls', attrs: { role: 'group', 'aria-label': 'Export' } },
    [
      el('button', {
        text: 'Export JSON',
        attrs: { type: 'button', title: 'Download the whole graph as graphology JSON' },
        on: { click: () => exportScope('graph') },
      }),
      el('button', {
        text: 'Export view',
        attrs: {
          type: 'button',
          'aria-label': 'Export view as JSON',
          title: 'Download what is shown (hidden kinds left out)',
        },
        on: { click: () => exportScope('view') },
      }),
    ],
  );
  root.append(group);
  return () => group.remove();
}
