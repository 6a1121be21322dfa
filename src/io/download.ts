// Browser downloads: a text document saved under a file name, through a temporary object URL.
// A big export is handed over as its chunks: the Blob is made of them, so no giant string is built.
export function downloadText(fileName: string, text: string, mimeType: string): void {
  downloadChunks(fileName, [text], mimeType);
}

/** Saves the text made of these chunks (each read once, in order) under the file name. */
export function downloadChunks(fileName: string, chunks: Iterable<string>, mimeType: string): void {
  const url = URL.createObjectURL(new Blob(Array.from(chunks), { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `us-china-trade-talks-2026-11-24.json`, `…-view-…` for the current view, `…-nodes-…` for a part. */
export function exportFileName(
  datasetId: string,
  scope: 'graph' | 'view',
  date: Date,
  extension: string,
  suffix = '',
): string {
  const day = date.toISOString().slice(0, 10);
  return `${datasetId}${scope === 'view' ? '-view' : ''}${suffix}-${day}.${extension}`;
}
