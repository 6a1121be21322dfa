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
