// Entity search for the find-an-entity combobox: MiniSearch finds candidates by label, alias and
// role title (prefix and typo-tolerant), then the best few are ranked exact > prefix > fuzzy, then by score.
import MiniSearch from 'minisearch';
import type { NodeAttributes, ParleyGraph } from '../graph/types';
import { createEntries, type Entries, wordsOf } from './entries';
import { normalizeText } from './normalize';
import { createQueryPasses } from './passes';
import { bestMatch, type Query, ranked } from './rank';
import type { SearchDoc, SearchHit, SearchIndex } from './types';
import { maxEdits } from './word-match';

export type { MatchQuality, SearchDoc, SearchHit, SearchIndex } from './types';

const DEFAULT_LIMIT = 8;
/** Longer queries are cut here: no name is this long, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;
const FIELDS = ['label', 'aliases', 'roles'] as const;
const FIELD_BOOST = { label: 3, aliases: 2, roles: 1 };

/** A MiniSearch instance that reads each document's label length from the index's entries. */
function createMiniSearch(entries: Entries): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    idField: 'id',
    fields: [...FIELDS],
    // Stored so that the passes read it from what MiniSearch hands boostDocument anyway.
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
}

/** The index around a MiniSearch instance that has not been given its documents yet. */
function prepareIndex(docs: readonly SearchDoc[]): {
  index: SearchIndex;
  miniSearch: MiniSearch<SearchDoc>;
} {
  const entries = createEntries();
  for (const doc of docs) {
    if (entries.has(doc.id)) {
      throw new Error(`createSearchIndex: the "${doc.id}" id appears more than once`);
    }
    entries.add(doc);
  }
  const miniSearch = createMiniSearch(entries);
  const passes = createQueryPasses(miniSearch, entries);

  function search(query: string, limit = DEFAULT_LIMIT): SearchHit[] {
    const norm = normalizeText(query.slice(0, MAX_QUERY_LENGTH));
    const words = wordsOf(norm);
    if (words.length === 0 || !(limit > 0)) return [];
    const parsed: Query = { norm, words, phrase: words.join(' ') };
    const wanted = Math.floor(limit);
    const exact = entries.exact(parsed.phrase);

    // Exact and prefix matches outrank every typo match, so typos are looked for only when
    // fewer exact and prefix matches are found than are wanted.
    let plan = passes.planWords(words, false);
    let ids = passes.candidates(plan, false, exact);
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
        plan = passes.planWords(words, true);
        ids = passes.candidates(plan, true, [...exact, ...good]);
      }
    }
    let hits = ranked(entries, parsed, passes.scored(plan, typos, ids));
    if (hits.length === 0)
      hits = ranked(entries, parsed, passes.anyWord(typos ? plan : passes.planWords(words, true)));
    return hits.slice(0, wanted);
  }

  function update(changed: readonly SearchDoc[], removed: readonly string[]) {
    for (const id of removed) {
      if (!entries.has(id)) continue;
      entries.remove(id);
      miniSearch.discard(id);
    }
    for (const doc of changed) {
      const known = entries.has(doc.id);
      entries.remove(doc.id);
      entries.add(doc);
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
