// The import worker: reads, validates and (when needed) lays out an imported file off the main
// thread, so a large file never freezes the page. The layout (ForceAtlas2) runs in slices with
// progress between them, and a "stop-layout" message ends it with the positions reached so far.
// Workers have no DOMParser, so GEXF and GraphML are parsed with @xmldom/xmldom here.
import '../data/zod-config';
import { DOMParser } from '@xmldom/xmldom';
import { layOutInSlices } from '../graph/layout';
import { type ImportFileText, importFiles } from './import-file';
import type { WorkerReply, WorkerRequest } from './import-protocol';
import { importReportDetails } from './import-report';
import type { DomParserConstructor } from './xml-dom';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);
/** A macrotask: lets a waiting "stop-layout" message in between two slices. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let stopRequested = false;

async function runImport(files: ImportFileText[]) {
  post({ type: 'progress', stage: 'Checking and building the graph' });
  const result = importFiles(files, {
    domParser: DOMParser as unknown as DomParserConstructor,
    layout: false,
  });
  if (!result.ok) {
    post({ type: 'done', result: { ok: false, format: result.format, problems: result.problems } });
    return;
  }
  let layoutStopped: { done: number; total: number } | undefined;
  if (result.laidOut) {
    const run = await layOutInSlices(result.graph, {
      shouldStop: () => stopRequested,
      onProgress: (layout) => post({ type: 'progress', stage: 'Laying out the graph', layout }),
      pause,
    });
    if (run.stopped) layoutStopped = { done: run.done, total: run.total };
  }
  const report = layoutStopped ? { ...result.report, layoutStopped } : result.report;
  post({
    type: 'done',
    result: {
      ok: true,
      format: result.format,
      laidOut: result.laidOut,
      layoutStopped,
      report,
      serialized: result.graph.export(),
    },
  });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'stop-layout') stopRequested = true;
  else void runImport(request.files);
});
