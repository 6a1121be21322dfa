// A saved web page read for its article: the story's paragraphs without the page's navigation,
// advertising, captions or footer; the title, site, day and address from the page's own metadata,
// never invented; a page with no article refused with a reason. An invented page only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';
import { publishedDay, readHtmlArticle } from '../../src/ingest/html-article';
import { articleSizeProblem } from '../../src/ingest/ingest-in-worker';
import { isHtmlPage } from '../../src/ingest/page-kind';
import { isArticleFile } from '../../src/ui/import-controls';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const parse = (html: string) => parseHTML(html).document;
const read = (name: string) => readHtmlArticle(readFileSync(join(FIXTURES, name), 'utf8'), parse);

describe('a web page read for its article', () => {
  it('keeps the headline and the paragraphs, and leaves out menus, adverts, captions and footer', () => {
    const result = read('page-html.html');
    if (!result.ok) throw new Error(result.message);
    const paragraphs = result.article.text.split('\n\n');
    expect(paragraphs[0]).toBe('Norvania and Castelia agree on a fishing truce');
    expect(paragraphs[1]).toMatch(/^Norvanian Foreign Minister Edda Kjelsen met/);
    expect(paragraphs).toHaveLength(5);
    for (const absent of [
      'Advertisement',
      'Markets',
      'Most read',
      'All rights',
      'Photo:',
      'tracker',
    ])
      expect(result.article.text).not.toContain(absent);
    // the byline is metadata, not a paragraph of the story
    expect(result.article.text).not.toContain('Ilse Marwood');
  });

  it("takes the title, byline, site, day and address from the page's metadata", () => {
    const result = read('page-html.html');
    if (!result.ok) throw new Error(result.message);
    expect(result.article).toMatchObject({
      title: 'Norvania and Castelia agree on a fishing truce',
      byline: 'Ilse Marwood',
      siteName: 'The Harbour Ledger',
      published: '2031-03-14',
      url: 'https://ledger.example/world/fishing-truce',
    });
  });

  it('leaves unknown metadata null rather than guessing it', () => {
    const html = `<html><head><title>Ferry strike ends</title></head><body><article>${'<p>The ferry crews of Ostmark returned to work on Tuesday after the port authority agreed to their demands, the union said in a statement.</p>'.repeat(4)}</article></body></html>`;
    const result = readHtmlArticle(html, parse);
    if (!result.ok) throw new Error(result.message);
    expect(result.article).toMatchObject({
      byline: null,
      siteName: null,
      published: null,
      url: null,
    });
  });

  it('refuses a page with no article in it, saying so', () => {
    const result = read('page-no-article.html');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/no article was found/) });
  });

  it('reads the day a timestamp was written on, and nothing from a date that is not one', () => {
    expect(publishedDay('2031-03-14T23:50:00-04:00')).toBe('2031-03-14');
    expect(publishedDay('2031-02-30')).toBeNull();
    expect(publishedDay('March 14, 2031')).toBeNull();
    expect(publishedDay(undefined)).toBeNull();
  });

  it('takes a saved page larger than an article (its markup and scripts), within a limit', () => {
    const mb = 1024 * 1024;
    expect(articleSizeProblem(2 * mb)).toMatch(/the article is 2\.0 MB; .* at most 1\.0 MB/);
    expect(articleSizeProblem(2 * mb, true)).toBeNull();
    expect(articleSizeProblem(9 * mb, true)).toMatch(/the page is 9\.0 MB; .* at most 8\.0 MB/);
  });

  it('tells a web page from plain text by name, type or its opening tag', () => {
    expect(isHtmlPage('story.html', '')).toBe(true);
    expect(isHtmlPage('story.HTM', '')).toBe(true);
    expect(isHtmlPage('story', 'text/html')).toBe(true);
    expect(isHtmlPage('pasted article', '', '  <!DOCTYPE html><html>…')).toBe(true);
    expect(isHtmlPage('story.txt', 'text/plain', 'Talks resume\n<b>not a page</b>')).toBe(false);
    // Import… and a drop take a page as an article to read, not as a graph
    expect(isArticleFile({ name: 'story.html', type: '' })).toBe(true);
    expect(isArticleFile({ name: 'saved', type: 'text/html' })).toBe(true);
    expect(isArticleFile({ name: 'graph.xml', type: 'text/xml' })).toBe(false);
  });

  it("gives the extractor the story's actors and its main event, not the page's furniture", () => {
    const result = read('page-html.html');
    if (!result.ok) throw new Error(result.message);
    const draft = ingestArticle(result.article.text, EMPTY, {
      fileName: 'page-html.html',
      title: result.article.title ?? undefined,
      published: result.article.published,
    });
    const ids = draft.entities.map((p) => p.entity.id);
    expect(ids).toEqual(expect.arrayContaining(['edda-kjelsen', 'tomas-arbeno']));
    expect(ids).not.toContain('ilse-marwood');
    expect(ids).not.toContain('orrin-tamsk');
    expect(ids).not.toContain('pelorin-bay-resorts');
    const meeting = draft.relations.find((p) => p.relation.kind === 'meeting')?.relation;
    expect([meeting?.source, meeting?.target]).toEqual(['edda-kjelsen', 'tomas-arbeno']);
  });
});
