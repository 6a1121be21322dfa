// Entity search for the find-an-entity combobox: MiniSearch finds candidates by label, alias and
// role title (prefix and typo-tolerant), then the best few are ranked exact > prefix > fuzzy, then by score.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { NodeAttributes, ParleyGraph } from '../graph/types';
import { normalizeText } from './normalize';

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

type IndexedText = { raw: string; norm: string; words: readonly string[]; phrase: string };
type Entry = { doc: SearchDoc; texts: readonly IndexedText[] };
type Query = { norm: string; words: readonly string[]; phrase: string };
type Tiered = { quality: MatchQuality; text: IndexedText };

/** Splits already-normalised text into words; punctuation and spaces separate words. */
function wordsOf(norm: string): string[] {
  return norm.split(WORD_SEPARATOR).filter((word) => word.length > 0);
}

/**
 * Typos forgiven per query word, by its length: none below 4 letters (so "He" or "Ma" never
 * match "Hu" or "Xi"), one from 4 to 7 ("Besent"), two from 8 on, enough for a swapped pair
 * of letters, which Levenshtein counts as two edits ("Klingbiel" → "Klingbeil").
 */
function maxEdits(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

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
  const addEntry = (doc: SearchDoc) => {
    const entry: Entry = { doc, texts: uniqueTexts(doc) };
    entries.set(doc.id, entry);
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
    extractField: (doc, field) => {
      const value = doc[field as keyof SearchDoc];
      return typeof value === 'string' ? value : value.join('\n');
    },
    tokenize: (text) => wordsOf(normalizeText(text)),
    processTerm: (term) => normalizeText(term) || null,
    searchOptions: {
      boost: FIELD_BOOST,
      prefix: true,
      fuzzy: (term) => maxEdits(term),
    },
  });
  function search(query: string, limit = DEFAULT_LIMIT): SearchHit[] {
    const norm = normalizeText(query.slice(0, MAX_QUERY_LENGTH));
    const words = wordsOf(norm);
    if (words.length === 0 || !(limit > 0)) return [];
    const parsed: Query = { norm, words, phrase: words.join(' ') };
    const text = words.join(' ');

    let results: SearchResult[] = miniSearch.search(text, { combineWith: 'AND' });
    if (results.length === 0) results = miniSearch.search(text, { combineWith: 'OR' });

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
    return hits.sort(compareHits).slice(0, Math.floor(limit));
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
