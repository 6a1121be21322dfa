// zod issues → import problems in plain words, each at a path a person can find in the file
// (`nodes[3].attributes.x: must be a number, not text ("12")`).
import type { z } from 'zod';
import { formatPath } from '../data/validate';
import type { ImportProblem } from './import-types';

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

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown key(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && !issue.message.startsWith('Invalid input')) {
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
): ImportProblem[] {
  return issues.map((issue) => ({
    path: formatPath([...base, ...issue.path]),
    message: issueMessage(issue),
  }));
}
