// What the reader's tests share: the invented articles' folder, an empty graph to read them
// into, and the relation a draft proposes between two entities (either way round when undirected).
import { join } from 'node:path';
import type { Draft } from '../../src/ingest/draft';
import type { IngestContext } from '../../src/ingest/extract';

export const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
export const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };

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
