// An event is named after its parties, not after those the article adds to it: "Latvia and
// Estonia opened talks …; also attending were X and Y" are the Latvia–Estonia talks, X and Y
// taking part. Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const name = 'attendees-not-the-parties.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('talks with attendees added', () => {
  it('are named after their two parties, the attendees taking part', () => {
    const events = draft.entities.filter((p) => p.entity.kind === 'event');
    expect(events.map((p) => p.entity.label)).toEqual([
      'Latvia–Estonia talks in Vilnius, 2 November 2026',
    ]);
    const event = events[0]?.entity.id;
    const taking = draft.relations
      .filter((p) => p.relation.kind === 'participant' && p.relation.target === event)
      .map((p) => p.relation.source)
      .sort();
    expect(taking).toEqual(['aino-salo', 'estonia', 'lars-berg', 'latvia']);
  });
});
