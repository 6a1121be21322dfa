// How search hits are ranked: each entity's best text for the query is an exact, a prefix or a
// fuzzy match, and hits sort by that tier, then MiniSearch's score, then the shorter label.
import type { SearchResult } from 'minisearch';
import type { Entries, Entry, IndexedText } from './entries';
import type { MatchQuality, SearchHit } from './types';

export type Query = { norm: string; words: readonly string[]; phrase: string };
type Tiered = { quality: MatchQuality; text: IndexedText };

/** Only MiniSearch's best results get a match tier; lower ones would not be shown anyway. */
const CANDIDATE_POOL = 50;
const TIER_RANK: Readonly<Record<MatchQuality, number>> = { exact: 0, prefix: 1, fuzzy: 2 };

function tierOf(text: IndexedText, query: Query): MatchQuality {
  if (text.norm === query.norm || text.phrase === query.phrase) return 'exact';
  if (text.norm.startsWith(query.norm)) return 'prefix';
  const everyWordPrefixes = query.words.every((q) => text.words.some((w) => w.startsWith(q)));
  return everyWordPrefixes ? 'prefix' : 'fuzzy';
}

/** The best tier over an entity's texts; among fuzzy ones, the text holding most matched terms. */
export function bestMatch(entry: Entry, query: Query, matchedTerms: readonly string[]): Tiered {
  let best: Tiered | null = null;
  let bestHits = -1;
  for (const text of entry.texts) {
    const quality = tierOf(text, query);
    const hits = matchedTerms.filter((term) => text.words.includes(term)).length;
    const better =
      best === null ||
      TIER_RANK[quality] < TIER_RANK[best.quality] ||
      (quality === best.quality && quality === 'fuzzy' && hits > bestHits);
    if (better) {
      best = { quality, text };
      bestHits = hits;
    }
  }
  // Every entry has at least its label, so best is set.
  return best as Tiered;
}

function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    TIER_RANK[a.match] - TIER_RANK[b.match] ||
    b.score - a.score ||
    a.label.length - b.label.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** MiniSearch's best results and every exact match, ranked by tier, then score. */
export function ranked(
  entries: Entries,
  parsed: Query,
  results: readonly SearchResult[],
): SearchHit[] {
  const { words } = parsed;
  const pool = new Map<string, { score: number; terms: readonly string[] }>();
  for (const result of results.slice(0, CANDIDATE_POOL)) {
    pool.set(String(result.id), { score: result.score, terms: result.terms });
  }
  for (const id of entries.exact(parsed.phrase)) {
    if (!pool.has(id)) pool.set(id, { score: 0, terms: words });
  }
  const hits: SearchHit[] = [];
  for (const [id, { score, terms }] of pool) {
    const entry = entries.get(id);
    if (entry === undefined) continue;
    const best = bestMatch(entry, parsed, terms);
    const { label, kind } = entry.doc;
    hits.push({ id, label, kind, match: best.quality, matchedText: best.text.raw, score });
  }
  return hits.sort(compareHits);
}
