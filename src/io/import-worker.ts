// The import worker: reads, validates and (when needed) lays out an imported file off the main
// thread, so a large file never freezes the page. Workers have no DOMParser, so GEXF and GraphML
// are parsed with @xmldom/xmldom here.
import '../data/zod-config';
import { DOMParser } from '@xmldom/xmldom';
import { importText } from './import-file';
import type { WorkerReply, WorkerRequest } from './import-protocol';
import type { DomParserConstructor } from './xml-dom';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { fileName, text } = event.data;
  post({ type: 'progress', stage: 'Checking and building the graph' });
  const result = importText(fileName, text, {
    domParser: DOMParser as unknown as DomParserConstructor,
  });
  if (!result.ok) {
    post({ type: 'done', result: { ok: false, format: result.format, problems: result.problems } });
    return;
  }
  post({
    type: 'done',
    result: {
      ok: true,
      format: result.format,
      laidOut: result.laidOut,
      warnings: result.warnings,
      serialized: result.graph.export(),
    },
  });
});
