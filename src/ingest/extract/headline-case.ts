// A headline in title case ("Latvia Rejects Estonian Truce Proposal") reads to the tagger as a
// run of proper nouns: its verb and its common nouns are lost. This writes it as a sentence would
// be, its common words in lower case, for the tagger to read; the names (those the gazetteer or
// the graph knows, and words the article's body writes capitalised inside a sentence) stay.
// Every word keeps its length, so the offsets into the headline as written still hold.
import type { NameIndex } from './linking';
import type { TaggedSentence } from './nlp';

/** A headline whose longer words are mostly capitalised, with no full stop of a sentence. */
export function isTitleCaseHeadline(text: string): boolean {
  if (/[.!?"”’)]$/u.test(text.trim())) return false;
  const words = text.split(/[\s:,;]+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.7;
}

/** Words the body writes capitalised inside a sentence (not first, not after a quote mark or a
 * colon): names, as the article itself spells them. */
export function bodyNameWords(sentences: readonly TaggedSentence[]): Set<string> {
  const names = new Set<string>();
  for (const { tokens } of sentences)
    tokens.forEach((t, i) => {
      const before = tokens[i - 1];
      if (before === undefined || !/^\p{Lu}/u.test(t.value)) return;
      if (/^[“"‘'(:—–-]$/u.test(before.value)) return;
      names.add(t.value);
    });
  return names;
}

const LETTER_RUN = /\p{L}+/gu;
/** A word in title case, or the article "A". */
const TITLE_WORD = /^(?:\p{Lu}\p{Ll}+|A)$/u;

/**
 * The headline as the tagger should read it: each title-cased word that is no name in lower
 * case. A word whose lower case is not as long as it is stays as written.
 */
export function headlineForTagging(
  headline: string,
  isName: (word: string) => boolean,
  index: Pick<NameIndex, 'lookup'>,
): string {
  const runs = [...headline.matchAll(LETTER_RUN)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const keep = new Set<number>();
  // names of two or three words the index knows ("South Korea", "United Nations")
  for (let i = 0; i < runs.length; i++)
    for (const length of [3, 2]) {
      const last = runs[i + length - 1];
      if (last === undefined) continue;
      const span = headline.slice(runs[i]?.start, last.end);
      if (!/^[\p{L} ]+$/u.test(span) || index.lookup(span) === undefined) continue;
      for (let k = i; k < i + length; k++) keep.add(k);
    }
  let out = '';
  let at = 0;
  runs.forEach(({ word, start, end }, i) => {
    out += headline.slice(at, start);
    at = end;
    const lower = word.toLowerCase();
    const name = keep.has(i) || isName(word) || index.lookup(word) !== undefined;
    out += !TITLE_WORD.test(word) || name || lower.length !== word.length ? word : lower;
  });
  return out + headline.slice(at);
}

/**
 * The tagged headline with the tags of its sentence-case reading: the words the tagger reads are
 * the lowered ones (names as written), the text stays the headline as written.
 */
export function retagHeadline(
  written: TaggedSentence,
  tag: (text: string) => TaggedSentence[],
  isName: (word: string) => boolean,
  index: Pick<NameIndex, 'lookup'>,
): TaggedSentence {
  if (!isTitleCaseHeadline(written.text)) return written;
  const lowered = headlineForTagging(written.text, isName, index);
  const read = tag(lowered);
  // one sentence, with the same text once lowered: the offsets are the written headline's
  if (read.length !== 1 || read[0]?.text !== lowered) return written;
  return { text: written.text, tokens: read[0].tokens };
}
