// How many entities hold each indexed word, kept in MiniSearch's own radix tree (SearchableMap) so
// that prefix and typo expansions can be counted: a cheap estimate of how much work a query word
// costs MiniSearch, which scores every entity holding any of its expansions, and the list of the
// words a typo reaches. MiniSearch keeps no such count it will share, so the index keeps this one.
import SearchableMap from 'minisearch/SearchableMap';

export type WordCounts = {
  /** Counts an entity's distinct words in. */
  add(words: Iterable<string>): void;
  /** Counts them out again (the same words that were added). */
  remove(words: Iterable<string>): void;
  /** Entities holding exactly this word. */
  holding(word: string): number;
  /** Entities holding a word that starts with this prefix (the word itself included). */
  withPrefix(prefix: string): number;
  /** The indexed words at most `edits` Levenshtein edits from this one, as MiniSearch finds them. */
  near(word: string, edits: number): string[];
};

export function createWordCounts(): WordCounts {
  const counts = new SearchableMap<number>();
  const change = (words: Iterable<string>, by: number) => {
    for (const word of words) {
      const count = (counts.get(word) ?? 0) + by;
      if (count > 0) counts.set(word, count);
      else counts.delete(word);
    }
  };
  return {
    add: (words) => change(words, 1),
    remove: (words) => change(words, -1),
    holding: (word) => counts.get(word) ?? 0,
    withPrefix(prefix) {
      let total = 0;
      for (const count of counts.atPrefix(prefix).values()) total += count;
      return total;
    },
    near: (word, edits) => [...counts.fuzzyGet(word, edits).keys()],
  };
}
