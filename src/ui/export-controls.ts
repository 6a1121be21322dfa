// The Export controls: a format (JSON, GEXF, GraphML, CSV, PNG) and two buttons, the whole graph
// or the current view (after filters and focus). Same documents as `npm run export`, each saved
// as a Blob of its chunks.
import type { ParleyGraph } from '../graph/types';
import { downloadChunks, exportFileName } from '../io/download';
import { exportDocumentChunks } from '../io/export-chunks';
import { EXPORT_FORMATS, type ExportFormat } from '../io/formats';
import type { AppState } from '../state/app-state';
import type { DerivedView } from '../state/derive-view';
import type { Store } from '../state/store';
import { el } from './dom';

export type ExportControlsDeps = {
  graph: ParleyGraph;
  /** The graph as exported: the workspace's, in its order (see workspace/order). */
  exportGraph(): ParleyGraph;
  store: Store<AppState>;
  datasetId: string;
  deriveView(state: AppState): DerivedView;
  /** Saves the canvas as `<fileName>.png`; false when there is no canvas to save. */
  exportImage(fileName: string): Promise<boolean>;
  onExported(message: string): void;
};

const FORMAT_NAMES: Record<ExportFormat | 'png', string> = {
  json: 'JSON (graphology)',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML',
  csv: 'CSV (nodes + edges)',
  png: 'PNG image',
};

export function mountExportControls(root: HTMLElement, deps: ExportControlsDeps): () => void {
  const { graph, store, datasetId } = deps;
  const formats = [...(Object.keys(EXPORT_FORMATS) as ExportFormat[]), 'png' as const];
  const select = el(
    'select',
    { attrs: { 'aria-label': 'Export format' } },
    formats.map((f) => el('option', { text: FORMAT_NAMES[f], attrs: { value: f } })),
  );

  async function exportScope(scope: 'graph' | 'view') {
    const format = select.value as ExportFormat | 'png';
    const date = new Date();
    if (format === 'png') {
      const fileName = exportFileName(datasetId, 'view', date, 'png');
      if (!(await deps.exportImage(fileName.replace(/\.png$/, '')))) return;
      deps.onExported(`Saved the picture as ${fileName}.`);
      return;
    }
    const visible = scope === 'view' ? deps.deriveView(store.get()).visible : null;
    const documents = exportDocumentChunks(
      deps.exportGraph(),
      format,
      visible ? { nodes: visible.nodes, edges: visible.edges } : {},
    );
    const names = documents.map((d) => {
      const name = exportFileName(datasetId, scope, date, d.extension, d.suffix);
      downloadChunks(name, d.chunks, d.mimeType);
      return name;
    });
    const count = visible ? visible.nodes.size : graph.order;
    deps.onExported(`Exported ${count} entities to ${names.join(' and ')}.`);
  }

  const group = el(
    'div',
    { className: 'export-controls', attrs: { role: 'group', 'aria-label': 'Export' } },
    [
      select,
      el('button', {
        text: 'Export graph',
        attrs: { type: 'button', title: 'Download the whole graph in the chosen format' },
        on: { click: () => void exportScope('graph') },
      }),
      el('button', {
        text: 'Export view',
        attrs: { type: 'button', title: 'Download what is shown (after filters and focus)' },
        on: { click: () => void exportScope('view') },
      }),
    ],
  );
  root.append(group);
  return () => group.remove();
}
