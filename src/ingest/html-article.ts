// A saved web page (.html) read for its article: Readability finds the story among the page's
// navigation, advertising and footer, and its paragraphs become the plain text the extractor reads
// (headline first, one paragraph per block, captions left out). The page's own metadata gives the
// title, site name, published day and canonical address where present; what it does not give stays
// null. The DOM comes from the caller (the browser's DOMParser, linkedom in Node), so this is free of
// any one DOM implementation.
import { Readability } from '@mozilla/readability';
import { z } from 'zod';
import { IsoDateSchema, MAX_LABEL_LENGTH, MAX_TITLE_LENGTH, SourceSchema } from '../data/schema';

export type HtmlArticle = {
  /** The article as plain text: the headline, then its paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  byline: string | null;
  /** The site's name ("The Daily Example"), taken as the publisher. */
  siteName: string | null;
  /** The day the page says it was published, YYYY-MM-DD. */
  published: string | null;
  /** The page's canonical http(s) address. */
  url: string | null;
};

export type HtmlArticleResult = { ok: true; article: HtmlArticle } | { ok: false; message: string };

/** Parses a page's HTML into a document that scripts never run in. */
export type ParseHtml = (html: string) => Document;

/** What Readability gives back, checked as any data that enters. */
const ReadabilityResultSchema = z.object({
  title: z.string().nullish(),
  byline: z.string().nullish(),
  siteName: z.string().nullish(),
  publishedTime: z.string().nullish(),
});

/** Elements whose text is a paragraph of its own. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'TR',
  'DD',
  'DT',
  'TABLE',
  'UL',
  'OL',
]);
/** Elements that are not the article's prose: captions and credits, embedded media, forms. */
const SKIPPED = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON', 'FORM', 'SVG']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A short piece of page metadata, or null when absent, blank or too long to be one. */
function field(value: string | null | undefined, max: number): string | null {
  const text = tidy(value ?? '');
  if (text.length === 0) return null;
  return text.length <= max ? text : null;
}

/** The article content's paragraphs, in order: each block element's text, line breaks kept. */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = tidy(current);
    if (text.length > 0) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) current += child.textContent ?? '';
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR') flush();
      else if (BLOCKS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

/** Whether paragraphs read as an article: some sentences, not a menu or a sign-in form. */
function hasProse(paragraphs: readonly string[]): boolean {
  const sentences = paragraphs.filter((p) => /[.!?]["”’)]?$/u.test(p) && p.split(' ').length >= 6);
  const words = paragraphs.join(' ').split(' ').length;
  return sentences.length > 0 && words >= 25;
}

/** The day of an ISO timestamp as the page wrote it ("2030-04-02T22:10:00-05:00" → 2030-04-02). */
export function publishedDay(value: string | null | undefined): string | null {
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value ?? '')?.[1];
  return day && IsoDateSchema.safeParse(day).success ? day : null;
}

/** The page's canonical address from its own link or Open Graph tag, when it is http(s). */
function canonicalUrl(document: Document): string | null {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const parsed = SourceSchema.shape.url.safeParse(candidate?.trim() ?? null);
    if (parsed.success && parsed.data !== null) return parsed.data;
  }
  return null;
}

/** Reads the article out of a page; a page with no article in it is refused with a reason. */
export function readHtmlArticle(html: string, parse: ParseHtml): HtmlArticleResult {
  let document: Document;
  try {
    document = parse(html);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `the page could not be parsed as HTML: ${detail}` };
  }
  const url = canonicalUrl(document);
  const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const content = parsed?.content;
  const meta = ReadabilityResultSchema.safeParse(parsed ?? {});
  const title = meta.success ? field(meta.data.title, MAX_TITLE_LENGTH) : null;
  const byline = meta.success ? field(meta.data.byline, MAX_LABEL_LENGTH) : null;
  const paragraphs = (content ? paragraphsOf(content) : []).filter(
    (p) => byline === null || p.replace(/^by\s+/i, '') !== byline,
  );
  if (!meta.success || !hasProse(paragraphs.filter((p) => p !== title)))
    return { ok: false, message: 'no article was found in the page (is it a news article?)' };
  // The headline leads, as in a pasted article, unless the content already opens with it.
  const lines = title && paragraphs[0] !== title ? [title, ...paragraphs] : paragraphs;
  return {
    ok: true,
    article: {
      text: lines.join('\n\n'),
      title,
      byline,
      siteName: field(meta.data.siteName, MAX_LABEL_LENGTH),
      published: publishedDay(meta.data.publishedTime),
      url,
    },
  };
}
