// Evidence quotes: checking that a quote is in the
// text it cites (whitespace and quote marks aside), and turning a selection in an article into a
// quote the dataset accepts (whole words, at most the schema's limit).
import { type Evidence, MAX_QUOTE_LENGTH } from '../../data/schema';

/** A quote's words as compared: whitespace collapsed, curly quotes and apostrophes made plain. */
export function foldQuote(text: string): string {
  return text
    .replace(/[“”„‟«»"]/g, '"')
    .replace(/[‘’‚‛`´']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the quote's words appear in the text (whitespace and quote marks aside); an opening
 * or closing quote mark the text does not have is forgiven. */
export function quoteInText(text: string, quote: string): boolean {
  const haystack = foldQuote(text).replace(/"/g, '');
  const needle = foldQuote(quote).replace(/"/g, '');
  return needle.length > 0 && haystack.includes(needle);
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * A selection made in an article, as a quote: whitespace collapsed, cut back to whole words at
 * both ends when the selection began or ended inside a word (`before`/`after` are the characters
 * next to it in the text), then cut to at most `max` characters at a word boundary. Empty when
 * no whole word is left.
 */
export function quoteFromSelection(
  selected: string,
  before = '',
  after = '',
  max = MAX_QUOTE_LENGTH,
): string {
  let words = selected.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length > 0 && WORD.test(before.slice(-1)) && WORD.test(selected.charAt(0)))
    words = words.slice(1);
  if (words.length > 0 && WORD.test(after.charAt(0)) && WORD.test(selected.slice(-1)))
    words = words.slice(0, -1);
  let quote = words.join(' ');
  if (quote.length > max) {
    const cut = quote.slice(0, max + 1);
    const space = cut.lastIndexOf(' ');
    quote = space > 0 ? cut.slice(0, space) : '';
  }
  return quote;
}

/**
 * A kept article's text as sentences, each as written: paragraphs (lines) split after a full stop,
 * question or exclamation mark (and any closing quote) followed by a capital or an opening quote.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const paragraph = line.replace(/\s+/g, ' ').trim();
    if (!paragraph) continue;
    for (const sentence of paragraph.split(/(?<=[.!?][”"’']?)\s+(?=[“"‘A-Z0-9])/))
      if (sentence.trim()) sentences.push(sentence.trim());
  }
  return sentences;
}
