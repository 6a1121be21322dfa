// STUB (replaced by the extraction module): reads an article and proposes entities and relations
// linked to the known graph. The signature is the contract the CLI and the browser rely on.
import type { Entity, Relation, Source } from '../data/schema';
import { DRAFT_VERSION, type Draft } from './draft';

/** What the extractor knows of the graph it links to (a Dataset satisfies it). */
export type IngestContext = {
  entities: readonly Entity[];
  relations: readonly Pick<Relation, 'id' | 'source' | 'target' | 'kind'>[];
  sources: readonly Pick<Source, 'id'>[];
};

export type ArticleMeta = {
  /** Defaults to the article's first line. */
  title?: string;
  publisher?: string | null;
  published?: string | null;
  url?: string | null;
  /** The source id; defaults to a slug of the file name or the title, unique in the context. */
  sourceId?: string;
  fileName?: string;
};

export function ingestArticle(text: string, context: IngestContext, meta: ArticleMeta = {}): Draft {
  const title = meta.title ?? (text.trim().split('\n')[0] || 'Untitled article');
  return {
    draftVersion: DRAFT_VERSION,
    source: {
      id: meta.sourceId ?? 'article',
      title,
      publisher: meta.publisher ?? null,
      published: meta.published ?? null,
      url: meta.url ?? null,
    },
    sentences: [],
    links: [],
    entities: [],
    relations: [],
  };
}
