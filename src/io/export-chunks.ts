// The export documents as chunks of text (see text-chunks.ts): the same documents, names and
// MIME types as `exportDocuments` in formats.ts, for the Export button's Blob and the command
// line's write stream. Each document's chunks are written when they are read, and may be read
// again (each reading writes them anew from the graph as it is then).
import type { ParleyGraph } from '../graph/types';
import { exportCsvChunks } from './export-csv';
import { exportGexfChunks } from './export-gexf';
import { exportGraphmlChunks } from './export-graphml';
import { type ExportScope, exportJsonChunks } from './export-json';
import { EXPORT_FORMATS, type ExportedDocument, type ExportFormat } from './formats';

export type ExportedChunks = Omit<ExportedDocument, 'text'> & { chunks: Iterable<string> };

const again = (chunks: () => Iterator<string>): Iterable<string> => ({
  [Symbol.iterator]: chunks,
});

export function exportDocumentChunks(
  graph: ParleyGraph,
  format: ExportFormat,
  scope: ExportScope = {},
): ExportedChunks[] {
  const { extension, mimeType } = EXPORT_FORMATS[format];
  const one = (chunks: () => Iterator<string>): ExportedChunks[] => [
    { suffix: '', extension, mimeType, chunks: again(chunks) },
  ];
  switch (format) {
    case 'json':
      return one(() => exportJsonChunks(graph, scope));
    case 'gexf':
      return one(() => exportGexfChunks(graph, scope));
    case 'graphml':
      return one(() => exportGraphmlChunks(graph, scope));
    case 'csv':
      return [
        {
          suffix: '-nodes',
          extension,
          mimeType,
          chunks: again(() => exportCsvChunks(graph, scope).nodes),
        },
        {
          suffix: '-edges',
          extension,
          mimeType,
          chunks: again(() => exportCsvChunks(graph, scope).edges),
        },
      ];
  }
}
