// A deed told in the perfect with "in the past" or "in recent weeks" between ("has in the past
// rejected") was done before the story's days: it takes no day the story tells around it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { toldAsBefore } from '../../src/ingest/extract/dates';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

describe('deeds done in the past', () => {
  it('leaves a rejection "has in the past rejected" without the lead\'s day', () => {
    const name = 'd-in-the-past.txt';
    const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
      fileName: name,
      published: '2025-06-18',
    });
    const rejected = findRelation(draft, 'rejection', 'malta', 'iceland');
    expect(rejected).toBeDefined();
    expect(rejected?.date).toBeUndefined();
  });

  it('reads "in recent weeks" between the auxiliary and the participle too', () => {
    const s = 'Malta has in recent weeks accused Iceland of overfishing.';
    expect(toldAsBefore(s, s.indexOf('accused'))).toBe(true);
  });
});
