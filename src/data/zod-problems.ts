// zod issues → problems in plain words, each at a path a person can find in the file
// (`nodes[3].attributes.x: must be a number, not text ("12")`). The one place zod's issues become
// text: the importers, the command line and the checks of a worker's answer use it.
import type { z } from 'zod';
import type { Problem } from './integrity';
import { formatPath } from './problem';

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** A short description of a value's type for messages: `text ("12")`, `a list`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `text (${JSON.stringify(shown)})`;
    }
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** What is wrong, in words: a missing value, a value of the wrong type, unknown keys. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown key(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  }
  // a schema's own message stands; without the input (parsed without reportInput) the value
  // cannot be described, and a wrong value must not read as a missing one
  if (
    issue.code === 'invalid_type' &&
    (!issue.message.startsWith('Invalid input') || !('input' in issue))
  ) {
    return issue.message;
  }
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
    if (issue.input === undefined) return `is missing (${expected} expected)`;
    if (issue.expected === 'number' && typeof issue.input === 'number') {
      return `must be a finite number, not ${describeValue(issue.input)}`;
    }
    return `must be ${expected}, not ${describeValue(issue.input)}`;
  }
  return issue.message;
}

/** Converts zod issues to problems; `base` is the path of the value that was parsed. */
export function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  base: readonly PropertyKey[] = [],
): Problem[] {
  return issues.map((issue) => ({
    path: formatPath([...base, ...issue.path]),
    message: issueMessage(issue),
  }));
}

/** The first `max` issues in one line, `path: what is wrong` joined by "; ", for a short message. */
export function issuesText(issues: readonly z.core.$ZodIssue[], max = 1): string {
  const shown = zodProblems(issues.slice(0, max)).map((p) => `${p.path}: ${p.message}`);
  return shown.join('; ') || 'not valid';
}
