// The search's shapes: what is indexed per entity, what a hit says, and what the index offers.
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
