// A clause joined by "and" keeps its own tense: "met on Monday and will meet again in May" is a
// meeting held on Monday (and a plan), "will meet again in May" this year's May, and "signed a
// deal in May" in a March page last year's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { findDate } from '../../src/ingest/extract/dates';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'met-and-will-meet.txt'), 'utf8'), EMPTY, {
  fileName: 'met-and-will-meet.txt',
});

describe('a meeting held, then another planned, in one sentence', () => {
  it('is a meeting on the Monday, not a plan', () => {
    expect(findRelation(draft, 'meeting', 'malta', 'iceland')?.date).toBe('2026-03-02');
  });

  it('leaves a deal signed "in May" in last year\'s May', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2025-05');
  });

  it('dates a plan "in May" in this year\'s May', () => {
    const s = 'Malta said it will meet Iceland in May.';
    expect(findDate(s, '2026-03-04', s.indexOf('meet'))?.date).toBe('2026-05');
  });
});
