// The export formats in one table (extension, MIME type) and one function that turns a graph into
// the documents to save, so the Export button and `npm run export` produce the same files.
import type { ParleyGraph } from '../graph/types';
import { exportCsv } from './export-csv';
import { exportGexf } from './export-gexf';
import { exportGraphml } from './export-graphml';
import { type ExportScope, exportJsonText } from './export-json';

export const EXPORT_FORMATS = {
  json: { extension: 'json', mimeType: 'application/json' },
  gexf: { extension: 'gexf', mimeType: 'application/gexf+xml' },
  graphml: { extension: 'graphml', mimeType: 'application/graphml+xml' },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
} as const satisfies Record<string, { extension: string; mimeType: string }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export type ExportedDocument = {
  /** Added to the file name before the extension: "" for one document, "-nodes"/"-edges" for CSV. */
  suffix: string;
  extension: string;
  mimeType: string;
  text: string;
};

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, value);
}

/** `out.csv` + `-nodes` → `out-nodes.csv`; a name without extension just gets the suffix. */
export function withSuffix(fileName: string, suffix: string): string {
  const match = /^(.*[^/\\])(\.[^./\\]+)$/.exec(fileName);
  return match ? `${match[1]}${suffix}${match[2]}` : `${fileName}${suffix}`;
}

export function exportDocuments(
  graph: ParleyGraph,
  format: ExportFormat,
  scope: ExportScope = {},
): ExportedDocument[] {
  const { extension, mimeType } = EXPORT_FORMATS[format];
  const one = (text: string): ExportedDocument[] => [{ suffix: '', extension, mimeType, text }];
  switch (format) {
    case 'json':
      return one(exportJsonText(graph, scope));
    case 'gexf':
      return one(exportGexf(graph, scope));
    case 'graphml':
      return one(exportGraphml(graph, scope));
    case 'csv': {
      const { nodes, edges } = exportCsv(graph, scope);
      return [
        { suffix: '-nodes', extension, mimeType, text: nodes },
        { suffix: '-edges', extension, mimeType, text: edges },
      ];
    }
  }
}
