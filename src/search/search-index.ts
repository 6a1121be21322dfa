// Entity search for the find-an-entity combobox: MiniSearch finds candidates by label, alias and
// role title (prefix and typo-tolerant), then the best few are ranked exact > prefix > fuzzy, then by score.
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { NodeAttributes, ParleyGraph } from '../graph/types';
import { normalizeText } from './normalize';
import { createWordCounts } from './word-counts';
import { MIN_PREFIX_LENGTH, maxEdits } from './word-match';

export type SearchDoc = {
  id: string;
  label: string;
  kind: string;
  aliases: readonly string[];
  roles: readonly string[];
};

export type MatchQuality = 'exact' | 'prefix' | 'fuzzy';

export type SearchHit = {
  id: string;
  label: string;
  kind: string;
  match: MatchQuality;
  /** The label, alias or role title that matched best, as written in the data. */
  matchedText: string;
  score: number;
};

export type SearchIndex = {
  search(query: string, limit?: number): SearchHit[];
  /** Follows a change to the graph: adds or replaces these documents and removes these ids. */
  update(docs: readonly SearchDoc[], removed: readonly string[]): void;
  readonly size: number;
};

const DEFAULT_LIMIT = 8;
/** Longer queries are cut here: no name is this long, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;
/** Only MiniSearch's best results get a match tier; lower ones would not be shown anyway. */
const CANDIDATE_POOL = 50;
const FIELDS = ['label', 'aliases', 'roles'] as const;
const FIELD_BOOST = { label: 3, aliases: 2, roles: 1 };
const TIER_RANK: Readonly<Record<MatchQuality, number>> = { exact: 0, prefix: 1, fuzzy: 2 };
const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;
/**
 * A query word held by at most this many entities is selective: it is what MiniSearch scores. The
 * others ("of", "2025", "ma") would make it score thousands of entities; they must still match.
 */
const SELECTIVE_WORD = 500;
/** At most this many entities are scored per query; beyond it, those with the shortest labels. */
const SCORED_LIMIT = 200;
/** Label lengths in words above this are one bucket when picking the shortest labels. */
const LONGEST_LABEL = 12;

type IndexedText = { raw: string; norm: string; words: readonly string[]; phrase: string };
type Entry = {
  doc: SearchDoc;
  texts: readonly IndexedText[];
  /** Every distinct word of its texts. */
  words: readonly string[];
  labelWords: number;
};
type Query = { norm: string; words: readonly string[]; phrase: string };
/** A query word for one pass: how many entities its expansions reach, and which words it matches. */
type WordPlan = { word: string; reach: number; matches: (held: string) => boolean };
type Tiered = { quality: MatchQuality; text: IndexedText };

/** Splits already-normalised text into words; punctuation and spaces separate words. */
function wordsOf(norm: string): string[] {
  return norm.split(WORD_SEPARATOR).filter((word) => word.length > 0);
}

/** Queries arrive as normalised words joined by spaces: MiniSearch need not fold them again. */
const QUERY_TERMS: SearchOptions = {
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term,
  prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
};
const PREFIX_PASS: SearchOptions = { ...QUERY_TERMS, fuzzy: false };
const TYPO_PASS: SearchOptions = { ...QUERY_TERMS, fuzzy: (term) => maxEdits(term) };

function indexText(raw: string): IndexedText {
  const norm = normalizeText(raw);
  const words = wordsOf(norm);
  return { raw, norm, words, phrase: words.join(' ') };
}

function tierOf(text: IndexedText, query: Query): MatchQuality {
  if (text.norm === query.norm || text.phrase === query.phrase) return 'exact';
  if (text.norm.startsWith(query.norm)) return 'prefix';
  const everyWordPrefixes = query.words.every((q) => text.words.some((w) => w.startsWith(q)));
  return everyWordPrefixes ? 'prefix' : 'fuzzy';
}

/** The best tier over an entity's texts; among fuzzy ones, the text holding most matched terms. */
function bestMatch(entry: Entry, query: Query, matchedTerms: readonly string[]): Tiered {
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

/** The index around a MiniSearch instance that has not been given its documents yet. */
function prepareIndex(docs: readonly SearchDoc[]): {
  index: SearchIndex;
  miniSearch: MiniSearch<SearchDoc>;
} {
  const entries = new Map<string, Entry>();
  /** Whole normalised texts → ids, so an exact match is never lost below the candidate pool. */
  const exactIds = new Map<string, string[]>();
  const wordCounts = createWordCounts();
  const addEntry = (doc: SearchDoc) => {
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
  };
  const removeEntry = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return;
    entries.delete(id);
    wordCounts.remove(entry.words);
    for (const text of entry.texts) {
      const ids = exactIds.get(text.phrase)?.filter((other) => other !== id) ?? [];
      if (ids.length === 0) exactIds.delete(text.phrase);
      else exactIds.set(text.phrase, ids);
    }
  };
  for (const doc of docs) {
    if (entries.has(doc.id)) {
      throw new Error(`createSearchIndex: the "${doc.id}" id appears more than once`);
    }
    addEntry(doc);
  }

  const miniSearch = new MiniSearch<SearchDoc>({
    idField: 'id',
    fields: [...FIELDS],
    // Stored so that holders() reads it from what MiniSearch hands boostDocument anyway.
    storeFields: ['labelWords'],
    extractField: (doc, field) => {
      if (field === 'labelWords') return entries.get(doc.id)?.labelWords;
      const value = doc[field as keyof SearchDoc];
      return typeof value === 'string' ? value : value.join('\n');
    },
    tokenize: (text) => wordsOf(normalizeText(text)),
    processTerm: (term) => normalizeText(term) || null,
    searchOptions: { boost: FIELD_BOOST },
  });

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

  const narrowestOf = (plan: readonly WordPlan[]) =>
    plan.reduce((best, word) => (word.reach < best.reach ? word : best));
  const selectiveOf = (plan: readonly WordPlan[]) =>
    plan.filter((word) => word.reach <= SELECTIVE_WORD).map((word) => word.word);

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

  function search(query: string, limit = DEFAULT_LIMIT): SearchHit[] {
    const norm = normalizeText(query.slice(0, MAX_QUERY_LENGTH));
    const words = wordsOf(norm);
    if (words.length === 0 || !(limit > 0)) return [];
    const parsed: Query = { norm, words, phrase: words.join(' ') };
    const wanted = Math.floor(limit);
    const exact = exactIds.get(parsed.phrase) ?? [];

    // Exact and prefix matches outrank every typo match, so typos are looked for only when
    // fewer exact and prefix matches are found than are wanted.
    let plan = planWords(words, false);
    let ids = candidates(plan, false, exact);
    let typos = false;
    if (words.some((word) => maxEdits(word) > 0)) {
      const good: string[] = [];
      for (const id of ids) {
        const entry = entries.get(id);
        if (entry && bestMatch(entry, parsed, words).quality !== 'fuzzy') good.push(id);
        if (good.length >= wanted) break;
      }
      if (good.length < wanted) {
        typos = true;
        plan = planWords(words, true);
        ids = candidates(plan, true, [...exact, ...good]);
      }
    }
    let hits = ranked(parsed, scored(plan, typos, ids));
    if (hits.length === 0) hits = ranked(parsed, anyWord(typos ? plan : planWords(words, true)));
    return hits.slice(0, wanted);
  }

  /** MiniSearch's best results and every exact match, ranked by tier, then score. */
  function ranked(parsed: Query, results: readonly SearchResult[]): SearchHit[] {
    const { words } = parsed;
    const pool = new Map<string, { score: number; terms: readonly string[] }>();
    for (const result of results.slice(0, CANDIDATE_POOL)) {
      pool.set(String(result.id), { score: result.score, terms: result.terms });
    }
    for (const id of exactIds.get(parsed.phrase) ?? []) {
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

  function update(changed: readonly SearchDoc[], removed: readonly string[]) {
    for (const id of removed) {
      if (!entries.has(id)) continue;
      removeEntry(id);
      miniSearch.discard(id);
    }
    for (const doc of changed) {
      const known = entries.has(doc.id);
      removeEntry(doc.id);
      addEntry(doc);
      if (known) miniSearch.replace(doc);
      else miniSearch.add(doc);
    }
  }

  return {
    miniSearch,
    index: {
      search,
      update,
      get size() {
        return entries.size;
      },
    },
  };
}

export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const { index, miniSearch } = prepareIndex(docs);
  miniSearch.addAll(docs);
  return index;
}

/**
 * The same index, built in chunks that yield to the page between them (MiniSearch.addAllAsync),
 * so a big graph's search never blocks clicks and frames while it is built.
 */
export async function createSearchIndexAsync(
  docs: readonly SearchDoc[],
  chunkSize = 2000,
): Promise<SearchIndex> {
  const { index, miniSearch } = prepareIndex(docs);
  await miniSearch.addAllAsync(docs, { chunkSize });
  return index;
}

/** One search document per graph node: its label, kind, aliases and role titles. */
export function searchDocsFromGraph(graph: ParleyGraph): SearchDoc[] {
  return graph.mapNodes((id, attributes) => searchDocOf(id, attributes));
}

export function searchDocOf(id: string, attributes: NodeAttributes): SearchDoc {
  return {
    id,
    label: attributes.label,
    kind: attributes.kind,
    aliases: [...attributes.aliases],
    roles: [...new Set((attributes.roles ?? []).map((role) => role.title))],
  };
}

/** Brings the index up to date with the graph for these nodes (added, changed or dropped). */
export function updateSearchIndex(
  index: SearchIndex,
  graph: ParleyGraph,
  nodes: Iterable<string>,
): void {
  const changed: SearchDoc[] = [];
  const removed: string[] = [];
  for (const id of nodes) {
    if (graph.hasNode(id)) changed.push(searchDocOf(id, graph.getNodeAttributes(id)));
    else removed.push(id);
  }
  index.update(changed, removed);
}
