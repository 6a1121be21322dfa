// Validation where a dataset enters: JSON text → schema (shape) → integrity (references, ids).
// Returns plain data: the dataset, or every problem with a path a person can find in the file.

import { z } from 'zod';
import { errorDetail } from './errors';
import { checkIntegrity, type IntegrityOptions, type Problem } from './integrity';
import { RELATION_KIND_NAMES } from './relation-kinds';
import {
  type Dataset,
  DatasetSchema,
  ENTITY_KINDS,
  isRealIsoPrefix,
  MAX_ALIASES,
  MAX_DESCRIPTION_LENGTH,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_ROLES,
  MAX_TITLE_LENGTH,
  SCHEMA_VERSIONS,
  SourceSchema,
  TONES,
} from './schema';
import { zodProblems } from './zod-problems';

export type { IntegrityOptions, Problem } from './integrity';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

// --- Fast path -------------------------------------------------------------------------------
// zod (jitless, as the CSP needs) spends seconds on 100k entities, much of it collecting the
// copies it makes. The checks below accept only what schema.ts accepts and return the same
// data (objects with their keys in schema order, as zod builds them; an object already in that
// order is kept as it is). Anything they do not accept, valid or not, goes through zod, so the
// problems reported are always zod's own.

type Loose = Record<string, unknown>;

const ENTITY_KIND_SET: ReadonlySet<unknown> = new Set(ENTITY_KINDS);
const RELATION_KIND_SET: ReadonlySet<unknown> = new Set(RELATION_KIND_NAMES);
const TONE_SET: ReadonlySet<unknown> = new Set(TONES);
const VERSION_SET: ReadonlySet<unknown> = new Set(SCHEMA_VERSIONS);
const ROLE_KEYS = ['title', 'organization', 'from', 'to'];
const ENTITY_KEYS = ['id', 'label', 'kind', 'aliases', 'description', 'roles'];
const EVIDENCE_KEYS = ['source', 'quote'];
const RELATION_KEYS = [
  ...['id', 'source', 'target', 'kind', 'label', 'directed'],
  ...['date', 'dateApproximate', 'tone', 'evidence'],
];
const DATASET_KEYS = ['$schema', 'schemaVersion', 'title', 'sources', 'entities', 'relations'];

const isRecord = (v: unknown): v is Loose =>
  typeof v === 'object' &&
  v !== null &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
/**
 * Whether a non-empty string matches IdSchema's pattern, /^[A-Za-z0-9][A-Za-z0-9._:-]*$/, by a
 * loop over its characters: a big dataset has some two million ids, and the loop takes a fraction
 * of a regular expression call's time.
 */
function hasIdCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 32; // 'A'-'Z' to 'a'-'z'; no other character lands in 'a'-'z'
    if ((c >= 48 && c <= 57) || (lower >= 97 && lower <= 122)) continue; // a digit or a letter
    if (i > 0 && (c === 46 || c === 95 || c === 58 || c === 45)) continue; // . _ : -
    return false;
  }
  return true;
}
const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= MAX_ID_LENGTH && hasIdCharacters(v);
const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length <= max && v.trim().length > 0;
const isBoolean = (v: unknown) => typeof v === 'boolean';
/** An optional key: absent, undefined, or valid. */
const optional = (v: Loose, key: string, ok: (x: unknown) => boolean) =>
  v[key] === undefined || ok(v[key]);

/** `order.indexOf(key)`, trying first where the key after the last one would be: in an object in
 * order, or in the usual run of keys of one out of order, it is, and no search is made. */
const keyIndex = (order: readonly string[], key: string, next: number) =>
  order[next] === key ? next : order.indexOf(key);

/**
 * The object with its keys in `order` (zod's output order): itself when they already are,
 * else a copy; null when it has a key outside `order` (zod's strict objects refuse those).
 */
function ordered(v: Loose, order: readonly string[]): Loose | null {
  let at = -1;
  let inOrder = true;
  for (const key in v) {
    // own keys only: isRecord allows just plain objects, whose prototypes add no keys
    const i = keyIndex(order, key, at + 1);
    if (i < 0) return null;
    if (i < at) inOrder = false;
    at = i;
  }
  if (inOrder) return v;
  const copy: Loose = {};
  for (const key of order) if (key in v) copy[key] = v[key];
  return copy;
}

const RELATION_REQUIRED = 0b1000111111; // all but date, dateApproximate, tone

/**
 * `ordered` for a relation, whose copy (every relation of a file written in another key order) is
 * an object literal per set of optional keys instead of a key-by-key copy: the same keys in the
 * same order with the same values, an optional key present as undefined included. Null also when
 * a required key is missing (the check after `ordered` would refuse the copy then).
 */
function orderedRelation(v: Loose): Loose | null {
  let at = -1;
  let inOrder = true;
  let bits = 0;
  for (const key in v) {
    const i = keyIndex(RELATION_KEYS, key, at + 1);
    if (i < 0) return null;
    if (i < at) inOrder = false;
    at = i;
    bits |= 1 << i;
  }
  if (inOrder) return v;
  if ((bits & RELATION_REQUIRED) !== RELATION_REQUIRED) return null;
  const { id, source, target, kind, label, directed, date, dateApproximate, tone, evidence } = v;
  switch ((bits >> 6) & 0b111) {
    case 0b000:
      return { id, source, target, kind, label, directed, evidence };
    case 0b001:
      return { id, source, target, kind, label, directed, date, evidence };
    case 0b010:
      return { id, source, target, kind, label, directed, dateApproximate, evidence };
    case 0b011:
      return { id, source, target, kind, label, directed, date, dateApproximate, evidence };
    case 0b100:
      return { id, source, target, kind, label, directed, tone, evidence };
    case 0b101:
      return { id, source, target, kind, label, directed, date, tone, evidence };
    case 0b110:
      return { id, source, target, kind, label, directed, dateApproximate, tone, evidence };
    default:
      return { id, source, target, kind, label, directed, date, dateApproximate, tone, evidence };
  }
}

/** Each item checked and put in key order (by `order`, or `copy` when given); null if any item is refused. */
function orderedList(
  list: unknown[],
  order: readonly string[],
  ok: (v: Loose) => boolean,
  copy: (v: Loose) => Loose | null = (v) => ordered(v, order),
) {
  const out: Loose[] = [];
  for (const item of list) {
    const o = isRecord(item) ? copy(item) : null;
    if (o === null || !ok(o)) return null;
    out.push(o);
  }
  return out;
}

/**
 * True when each item is a plain object already in key order (zod would return it as it is) that
 * `ok` accepts: `orderedList` returning the same items, without building the list.
 */
function sameList(list: unknown[], order: readonly string[], ok: (v: Loose) => boolean) {
  for (const item of list) {
    if (!isRecord(item) || ordered(item, order) !== item || !ok(item)) return false;
  }
  return true;
}

function makeDateCheck(): (v: unknown) => boolean {
  const seen = new Map<string, boolean>();
  return (v) => {
    if (typeof v !== 'string') return false;
    let ok = seen.get(v);
    if (ok === undefined) {
      ok = isRealIsoPrefix(v);
      seen.set(v, ok);
    }
    return ok;
  };
}

/** The dataset as zod would return it, or null when the fast path cannot vouch for it. */
function fastDataset(value: unknown): Dataset | null {
  const isDate = makeDateCheck();
  const role = (r: Loose) =>
    isText(r.title, MAX_LABEL_LENGTH) &&
    optional(r, 'organization', isId) &&
    optional(r, 'from', isDate) &&
    optional(r, 'to', isDate);
  const entity = (e: Loose) => {
    if (!isId(e.id) || !isText(e.label, MAX_LABEL_LENGTH) || !ENTITY_KIND_SET.has(e.kind))
      return false;
    const { aliases, roles } = e;
    if (!Array.isArray(aliases) || aliases.length > MAX_ALIASES) return false;
    if (!aliases.every((a) => isText(a, MAX_LABEL_LENGTH))) return false;
    if (!optional(e, 'description', (d) => isText(d, MAX_DESCRIPTION_LENGTH))) return false;
    if (roles === undefined) return true;
    if (!Array.isArray(roles) || roles.length > MAX_ROLES) return false;
    // roles in another key order: zod would copy them; rare enough to leave to zod
    return sameList(roles, ROLE_KEYS, role);
  };
  const evidence = (e: Loose) => isId(e.source) && isText(e.quote, MAX_QUOTE_LENGTH);
  const relation = (r: Loose) => {
    if (!isId(r.id) || !isId(r.source) || !isId(r.target)) return false;
    if (
      !RELATION_KIND_SET.has(r.kind) ||
      !isText(r.label, MAX_LABEL_LENGTH) ||
      !isBoolean(r.directed)
    ) {
      return false;
    }
    if (!optional(r, 'date', isDate) || !optional(r, 'dateApproximate', isBoolean)) return false;
    if (!optional(r, 'tone', (t) => TONE_SET.has(t))) return false;
    const list = r.evidence;
    if (!Array.isArray(list) || list.length < 1) return false;
    return sameList(list, EVIDENCE_KEYS, evidence);
  };

  if (!isRecord(value)) return null;
  const dataset = ordered(value, DATASET_KEYS);
  if (dataset === null || !VERSION_SET.has(dataset.schemaVersion)) return null;
  if (!optional(dataset, '$schema', (s) => typeof s === 'string')) return null;
  const { title, entities, relations } = dataset;
  if (!isText(title, MAX_TITLE_LENGTH) || !Array.isArray(entities) || !Array.isArray(relations))
    return null;
  const sources = z.array(SourceSchema).safeParse(dataset.sources);
  if (!sources.success) return null;
  const out = dataset === value ? { ...dataset } : dataset; // the caller's object stays as it is
  out.sources = sources.data;
  const checkedEntities = orderedList(entities, ENTITY_KEYS, entity);
  if (checkedEntities === null) return null;
  out.entities = checkedEntities;
  const checkedRelations = orderedList(relations, RELATION_KEYS, relation, orderedRelation);
  if (checkedRelations === null) return null;
  out.relations = checkedRelations;
  return out as Dataset;
}

/** Validates an already-parsed JSON value against the schema and the integrity rules. */
export function validateDataset(value: unknown, options: IntegrityOptions = {}): ValidationResult {
  const fast = fastDataset(value);
  const parsed = fast ? { success: true as const, data: fast } : DatasetSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error.issues) };
  const problems = checkIntegrity(parsed.data, options);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

/** Parses JSON text (a file's contents) and validates it; a syntax error is one problem at (root). */
export function parseDatasetText(text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = errorDetail(error);
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${detail}` }] };
  }
  return validateDataset(value);
}

/** One line per problem, as `file: path: message` (the format `npm run validate` prints). */
export function formatProblems(file: string, problems: readonly Problem[]): string[] {
  return problems.map((p) => `${file}: ${p.path}: ${p.message}`);
}
