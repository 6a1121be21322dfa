// Validation where a dataset enters: JSON text → schema (shape) → integrity (references, ids).
// Returns plain data: the dataset, or every problem with a path a person can find in the file.
import type { z } from 'zod';
import { checkIntegrity, type Problem } from './integrity';
import { type Dataset, DatasetSchema } from './schema';

export type { Problem } from './integrity';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** `["relations", 12, "target"]` → `relations[12].target`; the empty path is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part))
      out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(root)';
}

function issueToProblem(issue: z.core.$ZodIssue): Problem {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
    return { path: formatPath(issue.path), message: `unknown key(s) ${keys}` };
  }
  return { path: formatPath(issue.path), message: issue.message };
}

/** Validates an already-parsed JSON value against the schema and the integrity rules. */
export function validateDataset(value: unknown): ValidationResult {
  const parsed = DatasetSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(issueToProblem) };
  const problems = checkIntegrity(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

/** Parses JSON text (a file's contents) and validates it; a syntax error is one problem at (root). */
export function parseDatasetText(text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${detail}` }] };
  }
  return validateDataset(value);
}

/** One line per problem, as `file: path: message` (the format `npm run validate` prints). */
export function formatProblems(file: string, problems: readonly Problem[]): string[] {
  return problems.map((p) => `${file}: ${p.path}: ${p.message}`);
}
