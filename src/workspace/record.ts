// What the browser keeps of a workspace (IndexedDB, workspace/storage.ts): a record with the
// history and the article under review, and, stored apart, the graph it started from. Both carry
// a format version. Do not change these shapes without adding a migration below: a record of an
// older format is migrated when read; one that cannot be read (a newer format, a corrupted or
// hand-edited record) is kept aside for download, never dropped.
import { z } from 'zod';
import { issuesText } from '../data/zod-problems';
import { DraftSchema } from '../ingest/draft';
import type { Review } from './review';
import { COMMAND_NAMES, type History } from './workspace';

/** Format 2: the graph and the review may hold relations of the general event vocabulary (a
 * sanction, a threat, a military action), which a Parley that reads only format 1 must refuse
 * rather than misread. */
export const WORKSPACE_FORMAT = 2;

const Values = z.record(z.string(), z.unknown());
const Attributes = z.record(z.string(), z.unknown());
const Key = z.string().min(1).max(10_000);
const Rank = z.number().int().min(0);
const SetParts = {
  names: z.array(z.string()),
  before: Values,
  after: Values,
  keysBefore: z.array(z.string()),
  keysAfter: z.array(z.string()),
};
const EdgeParts = {
  key: Key,
  source: Key,
  target: Key,
  undirected: z.boolean(),
  attributes: Attributes,
  rank: Rank,
};

const GraphOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('addNode'), key: Key, attributes: Attributes, rank: Rank }),
  z.object({ op: z.literal('dropNode'), key: Key, attributes: Attributes, rank: Rank }),
  z.object({ op: z.literal('addEdge'), ...EdgeParts }),
  z.object({ op: z.literal('dropEdge'), ...EdgeParts }),
  z.object({ op: z.literal('setNode'), key: Key, ...SetParts }),
  z.object({ op: z.literal('setEdge'), key: Key, ...SetParts }),
  z.object({ op: z.literal('setGraph'), ...SetParts }),
]);

const ArticleTextSchema = z.object({
  fileName: z.string(),
  title: z.string(),
  sentences: z.array(z.string()),
});

const DecisionSchema = z.enum(['pending', 'accepted', 'rejected']);

const CommandSchema = z.object({
  id: z.string().min(1),
  name: z.enum(COMMAND_NAMES),
  label: z.string(),
  at: z.string(),
  ops: z.array(GraphOpSchema),
  decisions: z
    .object({
      review: z.string(),
      changes: z.array(
        z.object({
          type: z.enum(['entity', 'relation']),
          index: z.number().int().min(0),
          before: DecisionSchema,
          after: DecisionSchema,
          rule: z.string().optional(),
          correction: z
            .record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))
            .optional(),
        }),
      ),
    })
    .optional(),
  articles: z.record(z.string(), ArticleTextSchema).optional(),
  author: z.string().optional(),
});

/** Corrections saved on proposals not yet accepted (review.ts's SavedFixes). */
const SavedFixesSchema = z.object({
  relations: z
    .record(
      z.string(),
      z.object({
        kind: z.string().optional(),
        source: z.string().optional(),
        target: z.string().optional(),
        directed: z.boolean().optional(),
        date: z.string().nullable().optional(),
      }),
    )
    .optional(),
  entities: z
    .record(z.string(), z.object({ label: z.string().optional(), kind: z.string().optional() }))
    .optional(),
});

const ReviewSchema = z.object({
  id: z.string().min(1),
  fileName: z.string(),
  draft: DraftSchema,
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
  fixes: SavedFixesSchema.optional(),
});

export const OriginSchema = z.discriminatedUnion('type', [
  /** The dataset shipped with Parley; its hash tells when a newer one has shipped since. */
  z.object({ type: z.literal('curated'), datasetId: z.string(), datasetHash: z.string() }),
  z.object({ type: z.literal('import'), fileName: z.string() }),
  /** A story started from nothing (New story…). */
  z.object({ type: z.literal('new'), title: z.string() }),
]);

export const WorkspaceRecordSchema = z
  .object({
    format: z.literal(WORKSPACE_FORMAT),
    id: z.string().min(1),
    name: z.string().min(1),
    origin: OriginSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Counts the writes, so two tabs never overwrite each other's changes unseen. */
    revision: z.number().int().min(0),
    history: z.object({ commands: z.array(CommandSchema), cursor: z.number().int().min(0) }),
    review: ReviewSchema.nullable(),
    /** The articles read into the workspace, so a quote can be shown in its article. */
    articles: z.record(z.string(), ArticleTextSchema).optional(),
  })
  .refine((r) => r.history.cursor <= r.history.commands.length, {
    message: 'the history cursor is past its last command',
    path: ['history', 'cursor'],
  });

/** The graph a workspace started from, in graphology's serialization format. */
export const WorkspaceBaseSchema = z.object({
  // The base graph is the same in every format so far: an older one reads as it is.
  format: z.number().int().min(1).max(WORKSPACE_FORMAT),
  id: z.string().min(1),
  graph: z.object({
    attributes: z.object({
      title: z.string(),
      schemaVersion: z.number(),
      sources: z.array(z.record(z.string(), z.unknown())),
    }),
    nodes: z.array(z.object({ key: Key, attributes: Attributes })),
    edges: z.array(
      z.object({
        key: Key,
        source: Key,
        target: Key,
        undirected: z.boolean().optional(),
        attributes: Attributes,
      }),
    ),
  }),
});

export type Origin = z.infer<typeof OriginSchema>;
export type WorkspaceRecord = Omit<z.infer<typeof WorkspaceRecordSchema>, 'history' | 'review'> & {
  history: History;
  review: Review | null;
};
export type WorkspaceBase = z.infer<typeof WorkspaceBaseSchema>;

/** A migration takes a record of format N to format N + 1. */
export type Migrations = Readonly<Record<number, (record: Record<string, unknown>) => unknown>>;

/** Format 1 held only kinds that format 2 still has, with the same meaning: it is read as it is. */
export const MIGRATIONS: Migrations = {
  1: (record) => ({ ...record, format: 2 }),
};

export type ReadOutcome<T> =
  | { ok: true; value: T; migratedFrom?: number }
  | { ok: false; reason: string };

/** Reads a stored record: migrated to the current format and checked, or why it cannot be. */
export function readWorkspaceRecord(
  raw: unknown,
  migrations: Migrations = MIGRATIONS,
  current = WORKSPACE_FORMAT,
): ReadOutcome<WorkspaceRecord> {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'it is not a record' };
  let record = raw as Record<string, unknown>;
  const format = record.format;
  if (typeof format !== 'number' || !Number.isInteger(format))
    return { ok: false, reason: 'it has no format version' };
  if (format > current)
    return {
      ok: false,
      reason: `it was written by a newer version of Parley (format ${format}; this one reads up to ${current})`,
    };
  for (let from = format; from < current; from++) {
    const migrate = migrations[from];
    if (!migrate) return { ok: false, reason: `no migration from format ${from}` };
    record = migrate(record) as Record<string, unknown>;
  }
  const parsed = WorkspaceRecordSchema.safeParse(record);
  if (!parsed.success) return { ok: false, reason: issuesText(parsed.error.issues, 3) };
  return {
    ok: true,
    value: parsed.data as unknown as WorkspaceRecord,
    ...(format < current ? { migratedFrom: format } : {}),
  };
}

export function readWorkspaceBase(raw: unknown): ReadOutcome<WorkspaceBase> {
  const parsed = WorkspaceBaseSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: issuesText(parsed.error.issues, 3) };
  return { ok: true, value: parsed.data };
}
