// Reading an article into the workspace: the text is checked, read by the extractor in a worker
// (one reading at a time; a new one, or another workspace opened, cancels it), and what it
// proposes becomes the workspace's review. A saved web page (.html, dropped, picked or pasted) is
// first read for its article with the page's own DOMParser, its metadata describing the source.
// Problems name the file; the graph stays as it was.
import { errorDetail } from '../../data/errors';
import { contextFromGraph } from '../../ingest/context-from-graph';
import type { ArticleMeta } from '../../ingest/extract';
import type { HtmlArticleResult } from '../../ingest/html-article';
import {
  articleSizeProblem,
  articleTextProblem,
  type IngestJob,
  ingestInWorker,
} from '../../ingest/ingest-in-worker';
import { isHtmlPage } from '../../ingest/page-kind';
import { placeProposedEntities } from '../../workspace/apply-draft';
import type { Workspace } from '../../workspace/workspace';
import type { AlertRegion } from '../alert-region';
import { createReadingAlert, type ReadingAlert } from './reading-alert';

export type ArticleReading = {
  read(fileName: string, text: string, published?: string | null): Promise<void>;
  /** Reads a .txt article or a saved .html page (dropped or picked through Import). */
  readFile(file: File): Promise<void>;
  /** Stops a reading under way. */
  cancel(): void;
};

export type ArticleReadingDeps = {
  /** The workspace on screen, or null while none is open. */
  getWorkspace(): Workspace | null;
  /** The article's proposals are the workspace's review now. */
  onReviewReady(): void;
};

const newReviewId = () =>
  `review-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Why the text (an article, or a saved page) cannot be read into the workspace, or null. */
function readProblem(text: string, page: boolean, workspace: Workspace | null): string | null {
  return (
    articleSizeProblem(bytes(text), page) ??
    articleTextProblem(text) ??
    (workspace ? null : 'no graph is loaded to add the article to')
  );
}

/** What the source's record takes from the reading, beside the file's name. */
type SourceMeta = Pick<ArticleMeta, 'title' | 'publisher' | 'published' | 'url'>;

/** A web page's article, read with the browser's own parser (scripts in it never run). Readability
 * loads only when a page is read. */
async function articleOfPage(html: string): Promise<HtmlArticleResult> {
  try {
    const { readHtmlArticle } = await import('../../ingest/html-article');
    return readHtmlArticle(html, (page) => new DOMParser().parseFromString(page, 'text/html'));
  } catch (error) {
    return { ok: false, message: `the page could not be read: ${errorDetail(error)}` };
  }
}

/** The text to read and its source's description: a page's article and metadata, or the text. */
async function articleOf(
  fileName: string,
  type: string,
  text: string,
  published: string | null,
): Promise<{ ok: true; text: string; meta: SourceMeta } | { ok: false; message: string }> {
  if (!isHtmlPage(fileName, type, text)) return { ok: true, text, meta: { published } };
  const page = await articleOfPage(text);
  if (!page.ok) return page;
  const { article } = page;
  const tooBig = articleSizeProblem(bytes(article.text));
  if (tooBig) return { ok: false, message: `its article is too long: ${tooBig}` };
  return {
    ok: true,
    text: article.text,
    meta: {
      title: article.title ?? undefined,
      publisher: article.siteName,
      published: published ?? article.published,
      url: article.url,
    },
  };
}

/** Starts the extractor on the text, keeping the alert's progress up to date until it settles. */
function startJob(
  alert: ReadingAlert,
  workspace: Workspace,
  fileName: string,
  text: string,
  meta: SourceMeta,
) {
  const started = performance.now();
  let stage = 'starting';
  alert.progress(fileName, stage, started);
  const timer = setInterval(() => alert.progress(fileName, stage, started), 500);
  const job = ingestInWorker(
    {
      text: text.replace(/^\uFEFF/, ''),
      context: contextFromGraph(workspace.graph),
      meta: { ...meta, fileName },
    },
    (next) => {
      stage = next.toLowerCase();
      alert.progress(fileName, stage, started);
    },
  );
  const stop = () => clearInterval(timer);
  job.result.then(stop, stop);
  return job;
}

export function createArticleReading(
  alerts: AlertRegion,
  deps: ArticleReadingDeps,
): ArticleReading {
  let job: IngestJob | null = null;
  /** Counts readings started and cancelled: a page still being parsed for an older one stops. */
  let turn = 0;
  const cancel = () => {
    turn++;
    job?.cancel();
    job = null;
  };
  const alert = createReadingAlert(alerts, () => job?.cancel());

  async function readAs(fileName: string, type: string, raw: string, published: string | null) {
    cancel();
    const mine = turn;
    const workspace = deps.getWorkspace();
    const problem = readProblem(raw, isHtmlPage(fileName, type, raw), workspace);
    if (problem || !workspace) {
      alert.problem(fileName, problem ?? 'no graph is loaded');
      return;
    }
    const article = await articleOf(fileName, type, raw, published);
    if (mine !== turn) return; // replaced or cancelled while the page was read
    if (!article.ok) return alert.problem(fileName, article.message);
    const current = startJob(alert, workspace, fileName, article.text, article.meta);
    job = current;
    const result = await current.result;
    if (job !== current) return; // replaced by a newer reading
    job = null;
    alert.clear();
    if (result === null) return; // cancelled
    if (!result.ok) return alert.problem(fileName, result.message);
    if (deps.getWorkspace() !== workspace)
      return alert.problem(
        fileName,
        'another workspace was opened while the article was read; add it again',
      );
    const positions = Object.fromEntries(placeProposedEntities(workspace.graph, result.draft));
    workspace.setReview({ id: newReviewId(), fileName, draft: result.draft, positions });
    deps.onReviewReady();
  }

  async function readFile(file: File) {
    const tooBig = articleSizeProblem(file.size, isHtmlPage(file.name, file.type));
    if (tooBig) {
      cancel();
      return alert.problem(file.name, tooBig);
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return alert.problem(file.name, `could not be read: ${errorDetail(error)}`);
    }
    await readAs(file.name, file.type, text, null);
  }

  const read = (fileName: string, text: string, published: string | null = null) =>
    readAs(fileName, '', text, published);

  return { read, readFile, cancel };
}
