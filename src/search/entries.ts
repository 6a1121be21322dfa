// The search index's own record of each entity: its texts normalised and split into words, the
// word counts that estimate a query word's cost, and the whole texts that must always match
// exactly. Kept in step with MiniSearch's documents by the index.

import { normalizeText } from './normalize';
import type { SearchDoc } from './types';
import { createWordCounts, type WordCounts } from './word-counts';

export type IndexedText = { raw: string; norm: string; words: readonly string[]; phrase: string };
export type Entry = {
  doc: SearchDoc;
  texts: readonly IndexedText[];
  /** Every distinct word of its texts. */
  words: readonly string[];
  labelWords: number;
};

export type Entries = {
  get(id: string): Entry | undefined;
  has(id: string): boolean;
  readonly size: number;
  /** Adds (or, after remove, re-adds) a document's entry. */
  add(doc: SearchDoc): void;
  remove(id: string): void;
  /** The ids whose label, alias or role reads exactly this phrase. */
  exact(phrase: string): readonly string[];
  wordCounts: WordCounts;
};

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Splits already-normalised text into words; punctuation and spaces separate words. */
export function wordsOf(norm: string): string[] {
  return norm.split(WORD_SEPARATOR).filter((word) => word.length > 0);
}

export function indexText(raw: string): IndexedText {
  const norm = normalizeText(raw);
  const words = wordsOf(norm);
  return { raw, norm, words, phrase: words.join(' ') };
}

function uniqueTexts(doc: SearchDoc): IndexedText[] {
  const seen = new Set<string>();
  const texts: IndexedText[] = [];
  for (const raw of [doc.label, ...doc.aliases, ...doc.roles]) {
    const text = indexText(raw);
    if (text.norm.length === 0 || seen.has(text.norm)) continue;
    seen.add(text.norm);
    texts.push(text);
  }
  if (texts.length === 0) texts.push(indexText(doc.label));
  return texts;
}

export function createEntries(): Entries {
  const entries = new Map<string, Entry>();
  /** Whole normalised texts → ids, so an exact match is never lost below the candidate pool. */
  const exactIds = new Map<string, string[]>();
  const wordCounts = createWordCounts();
  function add(doc: SearchDoc) {
    const texts = uniqueTexts(doc);
    const words = [...new Set(texts.flatMap((text) => text.words))];
    const first = texts[0];
    const labelWords = first?.raw === doc.label ? first.words.length : 0;
    const entry: Entry = { doc, texts, words, labelWords };
    entries.set(doc.id, entry);
    wordCounts.add(entry.words);
    for (const text of entry.texts) {
      const ids = exactIds.get(text.phrase);
      if (ids === undefined) exactIds.set(text.phrase, [doc.id]);
      else if (!ids.includes(doc.id)) ids.push(doc.id);
    }
  }
  function remove(id: string) {
    const entry = entries.get(id);
    if (!entry) return;
    entries.delete(id);
    wordCounts.remove(entry.words);
    for (const text of entry.texts) {
      const ids = exactIds.get(text.phrase)?.filter((other) => other !== id) ?? [];
      if (ids.length === 0) exactIds.delete(text.phrase);
      else exactIds.set(text.phrase, ids);
    }
  }
  return {
    get: (id) => entries.get(id),
    has: (id) => entries.has(id),
    get size() {
      return entries.size;
    },
    add,
    remove,
    exact: (phrase) => exactIds.get(phrase) ?? [],
    wordCounts,
  };
}
