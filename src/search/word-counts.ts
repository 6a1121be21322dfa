// How many entities hold each indexed word, and how many hold a word starting with a prefix: a cheap
// estimate of how much work a query word costs MiniSearch, which scores every entity holding any of
// its expansions. MiniSearch keeps no such count it will share, so the index keeps this one beside it.

export type WordCounts = {
  /** Counts an entity's distinct words in. */
  add(words: Iterable<string>): void;
  /** Counts them out again (the same words that were added). */
  remove(words: Iterable<string>): void;
  /** Entities holding a word that starts with this prefix (the word itself included). */
  withPrefix(prefix: string): number;
};

/** Above every character a normalised word holds, so [prefix, prefix + END) spans its words. */
const END = '\uffff';

export function createWordCounts(): WordCounts {
  const counts = new Map<string, number>();
  // Sorted words and running totals, rebuilt on the first lookup after a change.
  let sorted: string[] | null = null;
  let totals: number[] = [];

  const change = (words: Iterable<string>, by: number) => {
    for (const word of words) {
      const count = (counts.get(word) ?? 0) + by;
      if (count > 0) counts.set(word, count);
      else counts.delete(word);
    }
    sorted = null;
  };

  const firstAtOrAfter = (words: readonly string[], key: string): number => {
    let low = 0;
    let high = words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((words[mid] as string) < key) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  return {
    add: (words) => change(words, 1),
    remove: (words) => change(words, -1),
    withPrefix(prefix) {
      if (sorted === null) {
        sorted = [...counts.keys()].sort();
        totals = [0];
        for (const word of sorted) totals.push((totals.at(-1) as number) + (counts.get(word) ?? 0));
      }
      const from = firstAtOrAfter(sorted, prefix);
      const to = firstAtOrAfter(sorted, prefix + END);
      return (totals[to] as number) - (totals[from] as number);
    },
  };
}
