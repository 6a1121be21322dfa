// Add source: an article kept as a source without reading it (title, publisher, address,
// publication date and its text), so any sentence of it can be quoted as evidence and shown in
// the article viewer. Its id comes from its title, unique among the sources.
import { type Source, SourceSchema } from '../../data/schema';
import type { ParleyGraph } from '../../graph/types';
import { slugify, uniqueId } from '../../ingest/extract/ids';
import { type CommandDef, refuse } from './command';
import { firstIssue } from './entity-rules';
import { splitSentences } from './evidence';

export type SourceFields = {
  title: string;
  publisher: string;
  url: string;
  /** An ISO date, or '' when unknown. */
  published: string;
  /** The article's text, or '' when only the reference is kept. */
  text: string;
};

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The source these fields make in this graph (its id not yet taken). */
export function sourceOf(graph: ParleyGraph, fields: SourceFields): Source {
  const taken = new Set((graph.getAttribute('sources') ?? []).map((s) => s.id));
  return {
    id: uniqueId(`src-${slugify(fields.title)}`.slice(0, 90), taken),
    title: fields.title.trim().replace(/\s+/g, ' '),
    publisher: orNull(fields.publisher),
    published: orNull(fields.published),
    url: orNull(fields.url),
  };
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  title: 'Title',
  publisher: 'Publisher',
  published: 'Publication date',
  url: 'URL',
};

export function sourceProblem(graph: ParleyGraph, fields: SourceFields): string | null {
  if (!fields.title.trim()) return 'Title: a source needs a title';
  const parsed = SourceSchema.safeParse(sourceOf(graph, fields));
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const field = FIELD_NAMES[String(issue?.path[0])];
  return field ? `${field}: ${issue?.message}` : firstIssue(parsed.error);
}

export const ADD_SOURCE: CommandDef<SourceFields> = {
  name: 'add-source',
  describe: (fields) => `Add source ${fields.title.trim()}`,
  validate: (fields, { graph }) => sourceProblem(graph, fields),
  apply: (tx, fields) => {
    const source = sourceOf(tx.graph, fields);
    const parsed = SourceSchema.safeParse(source);
    if (!parsed.success) return refuse(firstIssue(parsed.error));
    tx.setGraph({ sources: [...(tx.graph.getAttribute('sources') ?? []), parsed.data] });
    const sentences = splitSentences(fields.text);
    if (sentences.length === 0) return { ok: true };
    return {
      ok: true,
      articles: { [source.id]: { fileName: source.title, title: source.title, sentences } },
    };
  },
};

/** The id the next Add source with these fields gives (for moving on to the new source). */
export function nextSourceId(graph: ParleyGraph, fields: SourceFields): string {
  return sourceOf(graph, fields).id;
}
