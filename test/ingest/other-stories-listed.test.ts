// A page's list of other stories after the article's last sentence (their headlines, video
// times and links, each a line of a headline's length ending with no full stop) is no part of
// the article: the people and countries named in those headlines are not proposed. A last
// paragraph cut off mid-sentence, and a subheading with the start of a paragraph, stay.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { readPage } from '../../src/ingest/extract/page';
import { EMPTY } from './fixture-reading';

const ARTICLE = [
  'Leaders meet in Riga',
  '',
  'RIGA, March 3, 2025 — Latvian Prime Minister Evika Silina met Estonian Prime Minister Kristen Michal in Riga on Monday to discuss border security.',
  'The two leaders agreed to hold regular talks on the shared border, the Latvian government said in a statement.',
].join('\n');

const labels = (text: string) =>
  ingestArticle(text, EMPTY, { published: '2025-03-03' }).entities.map((e) => e.entity.label);

describe('a list of other stories at the page’s end', () => {
  it('leaves out the names in the headlines listed after the article', () => {
    const page = `${ARTICLE}\n00:40\nKari Nordmann and Jo Roe compete for UNESCO's top role\nGo to video\nIceland recalls its ambassador from Malta\n`;
    const found = labels(page);
    expect(found).toContain('Kristen Michal');
    expect(found).not.toContain('Kari Nordmann');
    expect(found).not.toContain('Iceland');
    expect(readPage(page).removed.map((r) => r.text)).toContain('Go to video');
  });

  it('keeps a last paragraph cut off mid-sentence', () => {
    const page = `${ARTICLE}\nIceland's foreign minister Thorgerdur Katrin Gunnarsdottir said on Tuesday that Reykjavik would send`;
    expect(labels(page)).toContain('Iceland');
  });

  it('keeps a subheading and the start of a paragraph after it', () => {
    const page = `${ARTICLE}\n\nThe border\nIceland sent observers. Malta said its envoy would`;
    expect(labels(page)).toContain('Malta');
  });
});
