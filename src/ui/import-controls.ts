// The Import control: a button that opens a file picker (an input labelled "Import file" that
// takes several files, for a nodes + edges CSV pair), and dropping files anywhere on the page.
// The file is checked in a worker, with progress and a Cancel button, so the page stays responsive. Problems appear in a role=alert naming the file, the
// place and what is wrong; the graph already loaded stays until an import fully succeeds.
import { errorDetail } from '../data/errors';
import type { LayoutProgress } from '../graph/layout';
import type { ParleyGraph } from '../graph/types';
import { checkImportSize, formatImportProblems } from '../io/import-file';
import { type ImportJob, importInWorker } from '../io/import-in-worker';
import { fileList, type ImportReport } from '../io/import-report';
import type { AlertRegion } from './alert-region';
import { el } from './dom';
import { type ProgressButton, startProgressAlert } from './progress-alert';

export type ImportControlsDeps = {
  /**
   * Called only when the file was read, validated and turned into a graph. `report` says what the
   * import changed (`formatImportNotice(report)` from io/import-report words it as the notice,
   * `importReportDetails(report)` lists each change).
   */
  onImported(
    graph: ParleyGraph,
    fileName: string,
    laidOut: boolean,
    layoutStopped?: LayoutProgress,
    report?: ImportReport,
  ): void;
  /** Called for an article (.txt, or a saved .html page) instead of importing it as a graph. */
  onArticle?(file: File): void;
};

/** A .txt file or a saved web page (or one the browser calls text/plain or text/html) is an
 * article to read, not a graph. */
export function isArticleFile(file: Pick<File, 'name' | 'type'>): boolean {
  return /\.(txt|html?)$/i.test(file.name) || ['text/plain', 'text/html'].includes(file.type);
}

/** Why the picked files cannot be imported at all, before reading them; null when they can. */
export function importRefusal(name: string, files: readonly File[]): string[] | null {
  if (files.length > 1 && files.some(isArticleFile))
    return [`${name}: (files): an article (.txt) is read on its own; pick or drop it alone`];
  const tooBig = checkImportSize(
    name,
    files.reduce((sum, f) => sum + f.size, 0),
  );
  return tooBig ? formatImportProblems(name, [tooBig]) : null;
}

/** What one control shows in the alert region: set anew, cleared only while still its own. */
function alertSlot() {
  let shown: { clear(): void } | null = null;
  return {
    set(next: { clear(): void }) {
      shown = next;
    },
    clear() {
      shown?.clear();
      shown = null;
    },
  };
}

/** The import's progress buttons: Stop layout (first, shown while the layout runs) and Cancel. */
function progressButtons(job: () => ImportJob | null): ProgressButton[] {
  return [
    {
      text: 'Stop layout',
      title: 'Open the graph with the layout as it is now',
      run: () => job()?.stopLayout(),
    },
    { text: 'Cancel import', run: () => job()?.cancel() },
  ];
}

/** The hidden file input, the button that opens it and the hint shown while files are dragged. */
function createElements() {
  const input = el('input', {
    className: 'visually-hidden',
    attrs: {
      type: 'file',
      'aria-label': 'Import file',
      accept:
        '.json,.gexf,.graphml,.xml,.csv,.tsv,.txt,.html,.htm,application/json,application/xml,text/xml,text/csv,text/plain,text/html',
      multiple: true,
      tabindex: -1,
    },
  });
  const button = el('button', {
    className: 'toolbar-button',
    text: 'Import…',
    attrs: {
      type: 'button',
      title:
        'Open a Parley dataset, graphology JSON, GEXF, GraphML or CSV file (a nodes and an edges CSV together), or a .txt article (or drop it on the page)',
    },
    on: { click: () => input.click() },
  });
  const dropHint = el('div', { className: 'drop-hint', attrs: { 'aria-hidden': 'true' } }, [
    el('p', { text: 'Drop a graph file to import it, or a .txt article to read it' }),
  ]);
  dropHint.hidden = true;
  return { input, button, dropHint };
}

/** Files dropped anywhere on the page go to `onFiles`; the hint shows while they are dragged over. */
function attachFileDrop(dropHint: HTMLElement, onFiles: (files: File[]) => void): () => void {
  let dragDepth = 0;
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  const handlers = {
    dragenter: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      dragDepth++;
      dropHint.hidden = false;
    },
    dragleave: () => {
      dragDepth = Math.max(0, dragDepth - 1);
      if (dragDepth === 0) dropHint.hidden = true;
    },
    dragover: (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    },
    drop: (event: DragEvent) => {
      dragDepth = 0;
      dropHint.hidden = true;
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(files);
    },
  };
  for (const [type, handler] of Object.entries(handlers))
    document.addEventListener(type, handler as EventListener);
  return () => {
    for (const [type, handler] of Object.entries(handlers))
      document.removeEventListener(type, handler as EventListener);
  };
}

export function mountImportControls(
  buttonRoot: HTMLElement,
  alerts: AlertRegion,
  deps: ImportControlsDeps,
): () => void {
  const { input, button, dropHint } = createElements();
  buttonRoot.append(button, input);
  document.body.append(dropHint);

  /** What this control shows in the alert region; cleared only while it is still shown. */
  const slot = alertSlot();
  let job: ImportJob | null = null;
  const showProblems = (fileName: string, lines: string[]) =>
    slot.set(
      alerts.problem({
        title: `Could not import ${fileName}`,
        reassurance: 'The graph you were exploring is unchanged.',
        lines,
      }),
    );
  const clearProblems = slot.clear;

  /**
   * Reads the files and checks them in a worker, showing what is happening, for how long, and a
   * way to stop it. While the layout runs, the bar shows its iterations and "Stop layout" opens
   * the graph as it is laid out so far.
   */
  async function runImport(name: string, files: readonly File[]) {
    const progress = startProgressAlert(alerts, {
      title: `Importing ${name}`,
      buttons: progressButtons(() => job),
    });
    slot.set(progress);
    const showStage = (stage: string, layout?: LayoutProgress) => {
      progress.update(stage, layout);
      (progress.button(0) as HTMLButtonElement).hidden = layout === undefined;
    };
    showStage('reading the file');
    try {
      const texts = await Promise.all(
        files.map(async (f) => ({ name: f.name, text: await f.text() })),
      );
      const current = importInWorker(texts, (next, layout) =>
        showStage(next.toLowerCase(), layout),
      );
      job = current;
      const result = await current.result;
      if (job !== current) return; // a newer import replaced this one
      job = null;
      clearProblems();
      if (result === null) return; // cancelled: nothing changes
      if (!result.ok) {
        showProblems(name, formatImportProblems(name, result.problems));
        return;
      }
      deps.onImported(result.graph, name, result.laidOut, result.layoutStopped, result.report);
    } catch (error) {
      showProblems(name, [`${name}: (file): could not be read: ${errorDetail(error)}`]);
    } finally {
      progress.stop();
    }
  }

  async function importPicked(files: File[]) {
    const [first] = files;
    if (!first) return;
    if (deps.onArticle && files.length === 1 && isArticleFile(first)) {
      deps.onArticle(first);
      return;
    }
    job?.cancel();
    job = null;
    clearProblems();
    const name = fileList(files.map((f) => f.name));
    const refused = importRefusal(name, files);
    if (refused) showProblems(name, refused);
    else await runImport(name, files);
  }

  const onChange = () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) void importPicked(files);
  };
  const detachDrop = attachFileDrop(dropHint, (files) => void importPicked(files));
  input.addEventListener('change', onChange);
  return () => {
    input.removeEventListener('change', onChange);
    detachDrop();
    button.remove();
    input.remove();
    dropHint.remove();
  };
}
