// The ingest worker: reads an article with the extractor (wink-nlp and its English model, about
// 1 MB) off the main thread, so the model is a chunk of its own that loads only when a person adds
// an article, and a long article never freezes the page.
import '../data/zod-config';
import { ingestArticle } from './extract';
import type { IngestReply, IngestRequest } from './ingest-in-worker';

const post = (reply: IngestReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<IngestRequest>) => {
  const { text, context, meta } = event.data;
  post({ type: 'progress', stage: 'Finding entities and interactions' });
  try {
    post({ type: 'done', result: { ok: true, draft: ingestArticle(text, context, meta) } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({
      type: 'done',
      result: { ok: false, message: `the article could not be read: ${message}` },
    });
  }
});
