// The dataset's shape as zod schemas: the single source of truth (README, "The data").
// TypeScript types are inferred from here; the JSON Schema in public/schema is generated from here.
import { z } from 'zod';
import { RELATION_KIND_NAMES } from './relation-kinds';
import { TONES } from './tones';

export { TONE_NAMES, TONES, type Tone, toneName } from './tones';

/** The version new documents are written with. Version 2 added the kinds of a general event
 * vocabulary (mediation, aid, rejection, threat, protest, sanction, military-action). */
export const SCHEMA_VERSION = 2;
/** Every version this Parley reads; an older one opens as it is (see migrateDataset). */
export const SCHEMA_VERSIONS = [1, 2] as const;

// The dataset's limits, in characters (lists: in items). The schema refuses anything longer; the
// fast check in validate.ts, the entity editor and the generator keep to the same numbers.
export const MAX_ID_LENGTH = 200;
/** An entity's or a relation's label, an alias, a role's title, a publisher. */
export const MAX_LABEL_LENGTH = 200;
/** The dataset's title and a source's title. */
export const MAX_TITLE_LENGTH = 500;
export const MAX_DESCRIPTION_LENGTH = 2000;
export const MAX_QUOTE_LENGTH = 400;
export const MAX_ALIASES = 100;
export const MAX_ROLES = 100;

export const ENTITY_KINDS = [
  'person',
  'organization',
  'country',
  'place',
  'event',
  'topic',
] as const;
const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when an ISO prefix ("2025", "2025-05", "2025-05-12") names a real calendar year, month or day. */
export function isRealIsoPrefix(value: string): boolean {
  const match = ISO_PREFIX.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** "(it has 250)": the actual size, so a refusal names both the limit and the value. */
const actualSize = (input: unknown) =>
  `(it has ${typeof input === 'string' || Array.isArray(input) ? input.length : '?'})`;

/** Ids travel in URLs (#/entity/<id>) and export keys, so they are short and URL-safe. */
export const IdSchema = z
  .string()
  .min(1, 'id must not be empty')
  .max(MAX_ID_LENGTH, {
    error: (issue) => `id is longer than ${MAX_ID_LENGTH} characters ${actualSize(issue.input)}`,
  })
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
    'id may hold only letters, digits and . _ : - and must start with a letter or digit',
  );

const Text = (max: number) =>
  z
    .string()
    .max(max, { error: (issue) => `longer than ${max} characters ${actualSize(issue.input)}` })
    .refine((s) => s.trim().length > 0, 'must not be empty');

export const IsoDateSchema = z
  .string()
  .regex(ISO_PREFIX, 'date must be an ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealIsoPrefix, 'not a real calendar date');

export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: Text(MAX_TITLE_LENGTH),
  publisher: Text(MAX_LABEL_LENGTH).nullable(),
  published: IsoDateSchema.nullable(),
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }).nullable(),
});

export const RoleSchema = z.strictObject({
  title: Text(MAX_LABEL_LENGTH),
  organization: IdSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});

export const EntitySchema = z.strictObject({
  id: IdSchema,
  label: Text(MAX_LABEL_LENGTH),
  kind: z.enum(ENTITY_KINDS),
  aliases: z.array(Text(MAX_LABEL_LENGTH)).max(MAX_ALIASES, {
    error: (issue) => `more than ${MAX_ALIASES} aliases ${actualSize(issue.input)}`,
  }),
  description: Text(MAX_DESCRIPTION_LENGTH).optional(),
  roles: z
    .array(RoleSchema)
    .max(MAX_ROLES, { error: (issue) => `more than ${MAX_ROLES} roles ${actualSize(issue.input)}` })
    .optional(),
});

export const EvidenceSchema = z.strictObject({
  source: IdSchema,
  quote: Text(MAX_QUOTE_LENGTH),
});

export const RelationSchema = z.strictObject({
  id: IdSchema,
  source: IdSchema,
  target: IdSchema,
  kind: z.enum(RELATION_KIND_NAMES),
  label: Text(MAX_LABEL_LENGTH),
  directed: z.boolean(),
  date: IsoDateSchema.optional(),
  dateApproximate: z.boolean().optional(),
  tone: z.enum(TONES).optional(),
  evidence: z.array(EvidenceSchema).min(1, 'a relation needs at least one evidence quote'),
});

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.union(
    SCHEMA_VERSIONS.map((v) => z.literal(v)),
    {
      error: `schemaVersion must be one of ${SCHEMA_VERSIONS.join(', ')}`,
    },
  ),
  title: Text(MAX_TITLE_LENGTH),
  sources: z.array(SourceSchema),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
});

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Source = z.infer<typeof SourceSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;

/** A migration takes a dataset of version N to version N + 1. */
type DatasetMigration = (dataset: Dataset) => Dataset;

/**
 * The migrations between dataset versions. Version 2 only added kinds, and every kind of version 1
 * keeps its meaning (a tariff is now also read as a sanction, a tariff threat as a threat), so a
 * version-1 dataset becomes version 2 by saying so.
 */
export const DATASET_MIGRATIONS: Readonly<Record<number, DatasetMigration>> = {
  1: (dataset) => ({ ...dataset, schemaVersion: 2 }),
};

/** A dataset of any version this Parley reads, brought to the current one (the input is kept). */
export function migrateDataset(dataset: Dataset): Dataset {
  let out = dataset;
  for (let v: number = dataset.schemaVersion; v < SCHEMA_VERSION; v++) {
    const migrate = DATASET_MIGRATIONS[v];
    if (!migrate) throw new Error(`no migration from dataset version ${v}`);
    out = migrate(out);
  }
  return out;
}
