// When a query word matches an indexed word, by the rules the index gives MiniSearch: the word
// itself, a longer word it starts (from MIN_PREFIX_LENGTH letters), or a typo within maxEdits.

/** Query words expand to the longer words they start from this length; "a" would expand to a 26th of them. */
export const MIN_PREFIX_LENGTH = 2;

/**
 * Typos forgiven per query word, by its length: none below 4 letters (so "He" or "Ma" never
 * match "Hu" or "Xi"), one from 4 to 7 ("Besent"), two from 8 on, enough for a swapped pair
 * of letters, which Levenshtein counts as two edits ("Klingbiel" → "Klingbeil").
 */
export function maxEdits(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

/** Whether a and b are at most `max` Levenshtein edits apart (as MiniSearch's fuzzy match counts). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Two rows of the edit-distance table; it stops as soon as a whole row exceeds max.
  let previous = new Uint8Array(b.length + 1).map((_, j) => j);
  let current = new Uint8Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const cost = Math.min(
        substitution,
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
      );
      current[j] = cost;
      if (cost < rowBest) rowBest = cost;
    }
    if (rowBest > max) return false;
    [previous, current] = [current, previous];
  }
  return (previous[b.length] as number) <= max;
}

/** Whether one of an entity's words matches this query word, with or without typos. */
export function holdsWord(words: readonly string[], word: string, typos: boolean): boolean {
  const prefix = word.length >= MIN_PREFIX_LENGTH;
  const edits = typos ? maxEdits(word) : 0;
  return words.some(
    (held) =>
      held === word ||
      (prefix && held.startsWith(word)) ||
      (edits > 0 && withinEdits(held, word, edits)),
  );
}
