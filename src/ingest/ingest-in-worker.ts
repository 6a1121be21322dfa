// Runs the extractor in a worker and gives back the checked Draft, with progress and cancel, through
// the same worker-job helper as the import (io/worker-job.ts). Where workers are unavailable it loads the extractor on the page instead
// (a dynamic import, so the model still stays out of the main bundle). The worker that answered is
// kept for the next article for two minutes (worker-pool.ts), so only the first reading loads the
// language model.

import { errorDetail } from '../data/errors';
import { issuesText } from '../data/zod-problems';
import { MAX_ARTICLE_BYTES } from '../io/limits';
import { startWorkerJob } from '../io/worker-job';
import { type Draft, DraftSchema } from './draft';
import type { ArticleMeta, IngestContext } from './extract';
import { MAX_PAGE_BYTES } from './page-kind';
import { createWorkerPool, type WorkerPool } from './worker-pool';

export type IngestRequest = { text: string; context: IngestContext; meta: ArticleMeta };
export type IngestResult = { ok: true; draft: Draft } | { ok: false; message: string };
export type IngestReply =
  | { type: 'progress'; stage: string }
  | { type: 'done'; result: IngestResult };

export type IngestJob = { result: Promise<IngestResult | null>; cancel(): void };

/** The worker's answer is checked like any data that enters the page. */
function checked(result: IngestResult): IngestResult {
  if (!result.ok) return result;
  const parsed = DraftSchema.safeParse(result.draft);
  if (parsed.success) return { ok: true, draft: parsed.data };
  return {
    ok: false,
    message: `the extractor gave an invalid draft (${issuesText(parsed.error.issues)})`,
  };
}

async function ingestOnPage(request: IngestRequest): Promise<IngestResult> {
  try {
    const { ingestArticle } = await import('./extract');
    return checked({ ok: true, draft: ingestArticle(request.text, request.context, request.meta) });
  } catch (error) {
    return { ok: false, message: `the article could not be read: ${errorDetail(error)}` };
  }
}

/** How long a worker that has loaded the model waits for the next article. */
const KEEP_IDLE_MS = 120_000;
/** The page's ingest workers, made on the first reading. */
let pool: WorkerPool<Worker> | null = null;

/** Resolves with the draft or the reason there is none; null when cancelled. */
export function ingestInWorker(
  request: IngestRequest,
  onProgress: (stage: string) => void,
): IngestJob {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    return {
      result: ingestOnPage(request).then((r) => (cancelled ? null : r)),
      cancel() {
        cancelled = true;
      },
    };
  }
  const workers = (pool ??= createWorkerPool(
    () => new Worker(new URL('./ingest-worker.ts', import.meta.url), { type: 'module' }),
    KEEP_IDLE_MS,
  ));
  const borrowed = workers.borrow();
  const job = startWorkerJob<IngestReply, IngestResult>(borrowed.job, {
    onReply(reply, done) {
      if (reply.type === 'progress') return onProgress(reply.stage);
      borrowed.answered();
      done(checked(reply.result));
    },
    onError: (message) => ({ ok: false, message: `the reading stopped unexpectedly: ${message}` }),
  });
  onProgress(borrowed.fresh ? 'Loading the language model' : 'Finding entities and interactions');
  borrowed.worker.postMessage(request);
  return job;
}

/** Articles are news stories: a megabyte is far beyond one, and keeps the extractor quick. */

/** Why an article's (or a saved page's) size refuses it before reading; null when it is fine. */
export function articleSizeProblem(bytes: number, page = false): string | null {
  const limit = page ? MAX_PAGE_BYTES : MAX_ARTICLE_BYTES;
  if (bytes <= limit) return null;
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return page
    ? `the page is ${mb(bytes)}; Parley reads saved pages of at most ${mb(limit)}`
    : `the article is ${mb(bytes)}; Parley reads articles of at most ${mb(limit)}`;
}

/** Why an article's text cannot be read (empty, or a binary file); null when it can. */
export function articleTextProblem(text: string): string | null {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim().length === 0) return 'the article is empty';
  const sample = body.slice(0, 4096);
  const replaced = sample.match(/\uFFFD/g)?.length ?? 0;
  if (sample.includes('\u0000') || replaced > sample.length / 20)
    return 'this looks like a binary file, not text; Parley reads plain-text articles (.txt)';
  return null;
}
