// `npm run ingest -- ARTICLE.txt|PAGE.html [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U]
//                     [--dataset FILE] [--out DRAFT.json]`
//   reads an article, proposes entities and relations linked to the dataset, writes a draft to
//   review (default: next to the article, ARTICLE.draft.json) and prints a summary. A saved web
//   page (.html) is read for its article (Readability over linkedom's DOM); its title, site name,
//   published day and canonical address are used where the options do not give them.
// `npm run ingest -- --merge DRAFT.json [--accept-pending] [--dataset FILE]`
//   merges the draft's accepted proposals into the dataset after the full validation; the dataset
//   file is replaced in one step (write beside it, then rename) or not touched at all.

import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { errorDetail } from '../data/errors';
import { IsoDateSchema, SourceSchema } from '../data/schema';
import { formatProblems } from '../data/validate';
import { issueMessage, zodProblems } from '../data/zod-problems';
import { type Draft, DraftSchema } from '../ingest/draft';
import { type ArticleMeta, ingestArticle } from '../ingest/extract';
import { type HtmlArticle, readHtmlArticle } from '../ingest/html-article';
import { isHtmlPage, MAX_PAGE_BYTES } from '../ingest/page-kind';
import { mergeDraft } from '../ingest/review/merge';
import { summarizeDraft } from '../ingest/review/summary';
import { MAX_ARTICLE_BYTES } from '../io/limits';
import { type CliStreams, fail, runIfMain, writeLine } from './cli-run';
import { DEFAULT_DATASET, readDatasetFile } from './dataset-file';

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${what} ${file}: ${errorDetail(error)}`);
  }
}

/** Replaces `file` in one step: a reader sees the old file or the new one, never half of one. */
function writeAtomically(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function loadDataset(file: string, stderr: Writable) {
  const result = readDatasetFile(file);
  if (!result.ok) {
    for (const line of formatProblems(file, result.problems)) writeLine(stderr, line);
    fail(`${file} is not a valid dataset`);
  }
  return result.dataset;
}

function loadDraft(file: string, stderr: Writable): Draft {
  let value: unknown;
  try {
    value = JSON.parse(readText(file, 'draft'));
  } catch (error) {
    fail(`${file}: not valid JSON: ${errorDetail(error)}`);
  }
  const parsed = DraftSchema.safeParse(value);
  if (!parsed.success) {
    for (const problem of zodProblems(parsed.error.issues))
      writeLine(stderr, `${file}: ${problem.path}: ${problem.message}`);
    fail(`${file} is not a valid draft`);
  }
  return parsed.data;
}

function readArguments(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        title: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        dataset: { type: 'string', default: DEFAULT_DATASET },
        out: { type: 'string' },
        merge: { type: 'string' },
        'accept-pending': { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    fail(errorDetail(error));
  }
}
type Values = ReturnType<typeof readArguments>['values'];

/** `--merge DRAFT.json`: the draft's accepted proposals written into the dataset, or nothing. */
function mergeIntoDataset(draftFile: string, values: Values, { stdout, stderr }: CliStreams) {
  const datasetFile = String(values.dataset);
  const draft = loadDraft(draftFile, stderr);
  const dataset = loadDataset(datasetFile, stderr);
  const result = mergeDraft(dataset, draft, { includePending: values['accept-pending'] === true });
  if (!result.ok) {
    for (const line of formatProblems(draftFile, result.problems)) writeLine(stderr, line);
    fail(`nothing merged; ${datasetFile} is unchanged`);
  }
  writeAtomically(datasetFile, `${JSON.stringify(result.dataset, null, 2)}\n`);
  const { entities, relations, extended, skipped } = result.counts;
  writeLine(
    stdout,
    `ingest: merged "${draft.source.title}" into ${datasetFile}: ${entities} new entities, ${relations} new relations, evidence added to ${extended} existing relations; ${skipped} proposals left out (rejected or not reviewed).`,
  );
}

/** The article's text, refused when it is not one (too large, empty) or its options are wrong. */
function readArticle(articleFile: string, values: Values): string {
  const text = readText(articleFile, 'article');
  const limit = isHtmlPage(articleFile, '', text) ? MAX_PAGE_BYTES : MAX_ARTICLE_BYTES;
  if (Buffer.byteLength(text) > limit)
    fail(`${articleFile} is larger than ${limit} bytes; is it an article?`);
  if (text.trim() === '') fail(`${articleFile} is empty`);
  if (typeof values.published === 'string' && !IsoDateSchema.safeParse(values.published).success)
    fail(
      `--published must be a real date as YYYY, YYYY-MM or YYYY-MM-DD (got "${values.published}")`,
    );
  const sourceMeta = SourceSchema.pick({ publisher: true, url: true }).safeParse({
    publisher: values.publisher ?? null,
    url: values.url ?? null,
  });
  if (!sourceMeta.success) {
    const issue = sourceMeta.error.issues[0];
    fail(`--${String(issue?.path[0])}: ${issue ? issueMessage(issue) : 'not valid'}`);
  }
  return text;
}

/** A web page's article, or a refusal naming the file. */
function readPageArticle(articleFile: string, html: string): HtmlArticle {
  const result = readHtmlArticle(html, (page) => parseHTML(page).document);
  if (!result.ok) fail(`${articleFile}: ${result.message}`);
  if (Buffer.byteLength(result.article.text) > MAX_ARTICLE_BYTES)
    fail(`${articleFile}: its article is larger than ${MAX_ARTICLE_BYTES} bytes`);
  return result.article;
}

/** The options given, else what the page's own metadata says, else nothing. */
function articleMeta(articleFile: string, values: Values, page: HtmlArticle | null): ArticleMeta {
  const given = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    fileName: basename(articleFile),
    title: given(values.title) ?? page?.title ?? undefined,
    publisher: given(values.publisher) ?? page?.siteName ?? null,
    published: given(values.published) ?? page?.published ?? null,
    url: given(values.url) ?? page?.url ?? null,
  };
}

/** Where the publication day came from, for the summary. */
function publishedLine(values: Values, page: HtmlArticle | null, draft: Draft): string {
  if (typeof values.published === 'string') return `Published: ${values.published} (given)`;
  if (page?.published)
    return `Published: ${page.published} (the page's metadata; --published DATE to change it)`;
  return draft.source.published
    ? `Published: ${draft.source.published} (the page's own date line; --published DATE to change it)`
    : 'Published: unknown (the page gives no date: weekdays and "yesterday" stay undated; --published DATE to give one)';
}

/** ARTICLE.txt: a draft of proposals written beside it (or to --out), and a summary. */
function draftFromArticle(articleFile: string, values: Values, { stdout, stderr }: CliStreams) {
  const datasetFile = String(values.dataset);
  const raw = readArticle(articleFile, values);
  const page = isHtmlPage(articleFile, '', raw) ? readPageArticle(articleFile, raw) : null;
  const dataset = loadDataset(datasetFile, stderr);
  const draft = ingestArticle(page?.text ?? raw, dataset, articleMeta(articleFile, values, page));
  const checked = DraftSchema.safeParse(draft);
  if (!checked.success) {
    for (const problem of zodProblems(checked.error.issues))
      writeLine(stderr, `draft: ${problem.path}: ${problem.message}`);
    fail('the extractor produced an invalid draft (a bug: please report it with the article)');
  }
  const out =
    typeof values.out === 'string'
      ? values.out
      : join(dirname(articleFile), `${basename(articleFile, extname(articleFile))}.draft.json`);
  writeAtomically(out, `${JSON.stringify(draft, null, 2)}\n`);
  writeLine(stdout, summarizeDraft(draft, dataset));
  if (page?.byline) writeLine(stdout, `Byline: ${page.byline} (the page's; not read as an actor)`);
  writeLine(stdout, publishedLine(values, page, draft));
  writeLine(
    stdout,
    `\nWrote ${out}. Review it: set "decision" to "accepted" or "rejected" on each proposal, then\n  npm run ingest -- --merge ${out}${datasetFile === DEFAULT_DATASET ? '' : ` --dataset ${datasetFile}`}`,
  );
}

export async function ingestCommand(args: string[], streams: CliStreams) {
  const { values, positionals } = readArguments(args);
  if (typeof values.merge === 'string') {
    if (positionals.length > 0) fail('--merge takes a draft, not an article');
    mergeIntoDataset(values.merge, values, streams);
    return 0;
  }
  if (positionals.length !== 1) fail('give one article file (or --merge DRAFT.json)');
  draftFromArticle(positionals[0] as string, values, streams);
  return 0;
}

runIfMain(import.meta.url, 'ingest', ingestCommand);
