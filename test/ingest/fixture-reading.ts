// What the reader's tests share: the invented articles' folder, an empty graph to read them
// into, one read so, and the relation a draft proposes between two entities (either way round when undirected).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '../../src/ingest/draft';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';

export const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
export const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };

/** The draft of the invented article `name`, read into an empty graph as published on
 * `published` (when given). */
export const readFixture = (name: string, published?: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    ...(published ? { published } : {}),
  });

/** The relation of `kind` the draft proposes from `a` to `b` (or b–a when undirected). */
export const findRelation = (draft: Draft, kind: string, a: string, b: string) =>
  draft.relations.find(
    (p) =>
      p.relation.kind === kind &&
      ((p.relation.source === a && p.relation.target === b) ||
        (!p.relation.directed && p.relation.source === b && p.relation.target === a)),
  )?.relation;

/** The kinds proposed from `a` to `b` (either way round when undirected). */
export const kindsBetween = (draft: Draft, a: string, b: string) =>
  draft.relations
    .map((p) => p.relation)
    .filter(
      (r) =>
        (r.source === a && r.target === b) || (!r.directed && r.source === b && r.target === a),
    )
    .map((r) => r.kind);

/** One invented article of a headline and a lead (`text` after a dateline at `place`, 3 March
 * 2025), read into an empty graph as published that day. */
export const readLead = (headline: string, text: string, place = 'RIGA'): Draft =>
  ingestArticle(`${headline}\n\n${place}, March 3, 2025 — ${text}\n`, EMPTY, {
    published: '2025-03-03',
  });

/** The kinds proposed between the entities labelled `a` and `b` (as kindsBetween does by id). */
export const kindsBetweenLabels = (draft: Draft, a: string, b: string) => {
  const idOf = (label: string) => draft.entities.find((e) => e.entity.label === label)?.entity.id;
  return kindsBetween(draft, idOf(a) ?? `(no ${a})`, idOf(b) ?? `(no ${b})`);
};
