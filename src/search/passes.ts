// The passes a query makes over MiniSearch: each query word expanded (prefix, typos) and
// weighed by how many entities it reaches; the entities holding every word listed without scoring
// (through the narrowest word), then only those scored, on the selective words. This keeps a
// common word ("of", "2025") from making MiniSearch score thousands of entities.
import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import type { Entries } from './entries';
import type { SearchDoc } from './types';
import { MIN_PREFIX_LENGTH, maxEdits } from './word-match';

/** A query word for one pass: how many entities its expansions reach, and which words it matches. */
export type WordPlan = { word: string; reach: number; matches: (held: string) => boolean };

export type QueryPasses = {
  planWords(words: readonly string[], typos: boolean): WordPlan[];
  candidates(plan: readonly WordPlan[], typos: boolean, keep: Iterable<string>): Set<string>;
  scored(plan: readonly WordPlan[], typos: boolean, ids: ReadonlySet<string>): SearchResult[];
  anyWord(plan: readonly WordPlan[]): SearchResult[];
};

/**
 * A query word held by at most this many entities is selective: it is what MiniSearch scores. The
 * others ("of", "2025", "ma") would make it score thousands of entities; they must still match.
 */
const SELECTIVE_WORD = 500;
/** At most this many entities are scored per query; beyond it, those with the shortest labels. */
const SCORED_LIMIT = 200;
/** Label lengths in words above this are one bucket when picking the shortest labels. */
export const LONGEST_LABEL = 12;

/** Queries arrive as normalised words joined by spaces: MiniSearch need not fold them again. */
const QUERY_TERMS: SearchOptions = {
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term,
  prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
};
const PREFIX_PASS: SearchOptions = { ...QUERY_TERMS, fuzzy: false };
const TYPO_PASS: SearchOptions = { ...QUERY_TERMS, fuzzy: (term) => maxEdits(term) };

const narrowestOf = (plan: readonly WordPlan[]) =>
  plan.reduce((best, word) => (word.reach < best.reach ? word : best));
const selectiveOf = (plan: readonly WordPlan[]) =>
  plan.filter((word) => word.reach <= SELECTIVE_WORD).map((word) => word.word);

export function createQueryPasses(
  miniSearch: MiniSearch<SearchDoc>,
  entries: Entries,
): QueryPasses {
  const { wordCounts } = entries;
  /** The query's words as this pass (with or without typos) expands them. */
  function planWords(words: readonly string[], typos: boolean): WordPlan[] {
    return words.map((word) => {
      const prefix = word.length >= MIN_PREFIX_LENGTH;
      const edits = typos ? maxEdits(word) : 0;
      const near = (edits > 0 ? wordCounts.near(word, edits) : []).filter(
        (held) => held !== word && !(prefix && held.startsWith(word)),
      );
      let reach = prefix ? wordCounts.withPrefix(word) : wordCounts.holding(word);
      for (const held of near) reach += wordCounts.holding(held);
      const typo = new Set(near);
      const matches = (held: string) =>
        held === word || (prefix && held.startsWith(word)) || typo.has(held);
      return { word, reach, matches };
    });
  }

  /**
   * Every entity MiniSearch matches this word in, by label length in words (byLabelWords[n], where
   * an id may repeat), found without scoring any: a document boosted by 0 is skipped.
   */
  function holders(word: string, options: SearchOptions): string[][] {
    const byLabelWords: string[][] = Array.from({ length: LONGEST_LABEL + 1 }, () => []);
    const boostDocument = (id: string, _term: string, stored?: Record<string, unknown>) => {
      const labelWords = Number(stored?.labelWords ?? LONGEST_LABEL);
      (byLabelWords[Math.min(labelWords, LONGEST_LABEL)] as string[]).push(id);
      return 0;
    };
    miniSearch.search(word, { ...options, boostDocument });
    return byLabelWords;
  }

  /**
   * Up to SCORED_LIMIT entities holding every word, the kept ones first (exact and earlier
   * matches), then those with the shortest labels. MiniSearch would score every entity holding any
   * expansion of any word, thousands for a common word ("of", "2025", "ma"); instead the entities
   * the narrowest word matches are listed unscored, and checked here for the other words.
   */
  function candidates(plan: readonly WordPlan[], typos: boolean, keep: Iterable<string>) {
    const narrowest = narrowestOf(plan);
    const others = plan.filter((word) => word !== narrowest);
    const chosen = new Set(keep);
    check: for (const ids of holders(narrowest.word, typos ? TYPO_PASS : PREFIX_PASS)) {
      for (const id of ids) {
        if (chosen.size >= SCORED_LIMIT) break check;
        if (chosen.has(id)) continue;
        const held = entries.get(id)?.words;
        if (held && others.every((word) => held.some(word.matches))) chosen.add(id);
      }
    }
    return chosen;
  }

  /**
   * MiniSearch's scores for these entities, on the query's selective words only (boostDocument's
   * 0 skips every other entity): a common word adds little to tell entities apart, and much work.
   */
  function scored(plan: readonly WordPlan[], typos: boolean, ids: ReadonlySet<string>) {
    if (ids.size === 0) return [];
    const selective = selectiveOf(plan);
    const text = (selective.length > 0 ? selective : [narrowestOf(plan).word]).join(' ');
    const boostDocument = (id: string) => (ids.has(id) ? 1 : 0);
    const options = typos ? TYPO_PASS : PREFIX_PASS;
    return miniSearch.search(text, { ...options, combineWith: 'AND', boostDocument });
  }

  /** Entities holding any of the words, scored on the selective ones when there are some. */
  function anyWord(plan: readonly WordPlan[]): SearchResult[] {
    const selective = selectiveOf(plan);
    const text = (selective.length > 0 ? selective : plan.map((word) => word.word)).join(' ');
    return miniSearch.search(text, { ...TYPO_PASS, combineWith: 'OR' });
  }

  return { planWords, candidates, scored, anyWord };
}
