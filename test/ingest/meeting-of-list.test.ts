// "A meeting of A, B and C turned tense": the people listed after "of" are its parties; "a meeting
// of NATO defence ministers" names a body's own gathering, no parties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'meeting-of-list.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-15',
});
const events = draft.entities.filter((e) => e.entity.kind === 'event').map((e) => e.entity.id);

describe('a meeting of a list of people', () => {
  it('is an event with each of them taking part', () => {
    expect(events).toHaveLength(1);
    for (const id of ['pablo-rivas', 'ana-ruiz', 'ana-soto'])
      expect(findRelation(draft, 'participant', id, events[0] ?? '')?.date).toBe('2025-03-14');
  });
});
