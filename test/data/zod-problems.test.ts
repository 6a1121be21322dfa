// zod's issues in plain words at a path a person can find: the one wording every caller shares.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesText, zodProblems } from '../../src/data/zod-problems';

const Schema = z.strictObject({ label: z.string(), tags: z.array(z.string()) });
const issuesOf = (value: unknown) => {
  const parsed = Schema.safeParse(value, { reportInput: true });
  if (parsed.success) throw new Error('expected the value to be refused');
  return parsed.error.issues;
};

describe('zod problems', () => {
  it('names a missing value, a value of the wrong type and unknown keys in words', () => {
    expect(zodProblems(issuesOf({ tags: ['a', 5], extra: 1 }), ['nodes', 2])).toEqual([
      { path: 'nodes[2].label', message: 'is missing (text expected)' },
      { path: 'nodes[2].tags[1]', message: 'must be text, not the number 5' },
      { path: 'nodes[2]', message: 'unknown key(s) "extra"' },
    ]);
  });

  it('says the first issues in one line, and something when there are none', () => {
    const issues = issuesOf({ label: 3, tags: 'x' });
    expect(issuesText(issues)).toBe('label: must be text, not the number 3');
    expect(issuesText(issues, 2)).toBe(
      'label: must be text, not the number 3; tags: must be a list, not text ("x")',
    );
    expect(issuesText([])).toBe('not valid');
  });

  it('keeps the words of zod when the value was not reported, rather than calling it missing', () => {
    const parsed = Schema.safeParse({ label: 3, tags: [] });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(issuesText(parsed.error.issues)).toMatch(/^label: .*expected string/);
  });
});
