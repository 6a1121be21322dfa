// "held calls on Friday with X" is a call with X, not a demand ("calls on" followed by a day);
// "called on Friday for both sides to stand down" stays a demand, and "had called X" a call.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, kindsBetweenLabels } from './fixture-reading';

const draft = ingestArticle(
  "Border talks\n\nLIMA, March 3, 2025 — Chile and Peru traded fire across the border on Thursday.\n\nRubio called on Friday for both sides to stand down.\n\nRubio held calls on Friday with Chile's foreign minister Jan Roe.\n\nPeruvian envoy Tomas Ruiz said he had called Jan Roe.\n",
  EMPTY,
  { published: '2025-03-03' },
);

describe('calls held on a day', () => {
  it('are calls with the one named after "with"', () => {
    const kinds = kindsBetweenLabels(draft, 'Marco Rubio', 'Jan Roe');
    expect(kinds).toContain('call');
    expect(kinds).not.toContain('demand');
  });

  it('leave "called on Friday for" a demand on both sides', () => {
    expect(kindsBetweenLabels(draft, 'Marco Rubio', 'Chile')).toContain('demand');
    expect(kindsBetweenLabels(draft, 'Marco Rubio', 'Peru')).toContain('demand');
  });

  it('leave "had called" a call', () => {
    expect(kindsBetweenLabels(draft, 'Tomas Ruiz', 'Jan Roe')).toContain('call');
  });
});
