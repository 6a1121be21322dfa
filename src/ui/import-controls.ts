// The Import control: a button that opens a file picker (an input labelled "Import file" that
// takes several files, for a nodes + edges CSV pair), and dropping files anywhere on the page. The file is checked in a worker, with progress and a
// Cancel button, so the page stays responsive. Problems appear in a role=alert naming the file, the
// place and what is wrong; the graph already loaded stays until an import fully succeeds.
import { errorDetail } from '../data/errors';
import type { LayoutProgress } from '../graph/layout';
import type { ParleyGraph } from '../graph/types';
import { checkImportSize, formatImportProblems } from '../io/import-file';
import { type ImportJob, importInWorker } from '../io/import-in-worker';
import { fileList, type ImportReport } from '../io/import-report';
import type { AlertHandle, AlertRegion } from './alert-region';
import { el } from './dom';

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
  /** Called for a plain-text article (.txt) instead of importing it as a graph. */
  onArticle?(file: File): void;
};

/** A .txt file (or one the browser calls text/plain) is an article to read, not a graph. */
export function isArticleFile(file: Pick<File, 'name' | 'type'>): boolean {
  return /\.txt$/i.test(file.name) || file.type === 'text/plain';
}

export function mountImportControls(
  buttonRoot: HTMLElement,
  alerts: AlertRegion,
  deps: ImportControlsDeps,
): () => void {
  const input = el('input', {
    className: 'visually-hidden',
    attrs: {
      type: 'file',
      'aria-label': 'Import file',
      accept:
        '.json,.gexf,.graphml,.xml,.csv,.tsv,.txt,application/json,application/xml,text/xml,text/csv,text/plain',
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
  buttonRoot.append(button, input);
  document.body.append(dropHint);

  /** What this control shows in the alert region; cleared only while it is still shown. */
  let shown: AlertHandle | null = null;

  function showProblems(fileName: string, lines: string[]) {
    shown = alerts.problem({
      title: `Could not import ${fileName}`,
      reassurance: 'The graph you were exploring is unchanged.',
      lines,
    });
  }

  function clearProblems() {
    shown?.clear();
    shown = null;
  }

  let job: ImportJob | null = null;

  /** The progress panel of the current import: built once, then only its text and bar change,
   * so its buttons keep focus and clicks, and a screen reader hears the stage, not the clock. */
  let progress: {
    root: HTMLElement;
    handle: AlertHandle;
    stage: Text;
    clock: HTMLElement;
    bar: HTMLProgressElement;
    stop: HTMLButtonElement;
  } | null = null;

  /**
   * What is happening, for how long, and a way to stop it. While the layout runs, the bar shows
   * its iterations and "Stop layout" opens the graph as it is laid out so far.
   */
  function showProgress(
    fileName: string,
    stage: string,
    started: number,
    layout: LayoutProgress | undefined,
  ) {
    if (progress === null || !progress.handle.shown) {
      const stageText = document.createTextNode('');
      const clock = el('span', { attrs: { 'aria-hidden': 'true' } });
      const bar = el('progress', { attrs: { 'aria-label': `Importing ${fileName}` } });
      const stop = el('button', {
        className: 'small-button',
        text: 'Stop layout',
        attrs: { type: 'button', title: 'Open the graph with the layout as it is now' },
        on: { click: () => job?.stopLayout() },
      });
      const root = el('div', { className: 'import-progress', attrs: { role: 'status' } }, [
        el('p', {}, [el('strong', { text: `Importing ${fileName}` }), stageText, clock]),
        bar,
        stop,
        el('button', {
          className: 'small-button',
          text: 'Cancel import',
          attrs: { type: 'button' },
          on: { click: cancel },
        }),
      ]);
      const handle = alerts.show(root);
      shown = handle;
      progress = { root, handle, stage: stageText, clock, bar, stop };
    }
    const counted = layout ? `, ${layout.done} of ${layout.total} iterations` : '';
    progress.stage.data = ` — ${stage}${counted}…`;
    progress.clock.textContent = ` (${((performance.now() - started) / 1000).toFixed(1)} s)`;
    if (layout) {
      progress.bar.max = layout.total;
      progress.bar.value = layout.done;
    } else progress.bar.removeAttribute('value');
    progress.stop.hidden = layout === undefined;
  }

  function cancel() {
    job?.cancel();
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
    if (files.length > 1 && files.some(isArticleFile)) {
      showProblems(name, [
        `${name}: (files): an article (.txt) is read on its own; pick or drop it alone`,
      ]);
      return;
    }
    const bytes = files.reduce((sum, f) => sum + f.size, 0);
    const tooBig = checkImportSize(name, bytes);
    if (tooBig) {
      showProblems(name, formatImportProblems(name, [tooBig]));
      return;
    }
    const started = performance.now();
    let stage = 'reading the file';
    let layout: LayoutProgress | undefined;
    showProgress(name, stage, started, layout);
    const timer = setInterval(() => showProgress(name, stage, started, layout), 500);
    try {
      const texts = await Promise.all(
        files.map(async (f) => ({ name: f.name, text: await f.text() })),
      );
      const current = importInWorker(texts, (next, nextLayout) => {
        stage = next.toLowerCase();
        layout = nextLayout;
        showProgress(name, stage, started, layout);
      });
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
      const detail = errorDetail(error);
      showProblems(name, [`${name}: (file): could not be read: ${detail}`]);
    } finally {
      clearInterval(timer);
    }
  }

  const onChange = () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) void importPicked(files);
  };
  let dragDepth = 0;
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  const onDragEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    dragDepth++;
    dropHint.hidden = false;
  };
  const onDragLeave = () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) dropHint.hidden = true;
  };
  const onDragOver = (event: DragEvent) => {
    if (hasFiles(event)) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    dragDepth = 0;
    dropHint.hidden = true;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    void importPicked(files);
  };

  input.addEventListener('change', onChange);
  document.addEventListener('dragenter', onDragEnter);
  document.addEventListener('dragleave', onDragLeave);
  document.addEventListener('dragover', onDragOver);
  document.addEventListener('drop', onDrop);
  return () => {
    input.removeEventListener('change', onChange);
    document.removeEventListener('dragenter', onDragEnter);
    document.removeEventListener('dragleave', onDragLeave);
    document.removeEventListener('dragover', onDragOver);
    document.removeEventListener('drop', onDrop);
    button.remove();
    input.remove();
    dropHint.remove();
  };
}
