// "dismissed the charge in a radio interview with Harbour News’ Jo Roe", "denied the report in
// an interview with CNN": the outlet and the journalist who put the questions are not what is
// denied (nor is the journalist an actor); the denial answers the accuser.
// Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const name = 'denied-in-an-interview.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('a denial made in an interview', () => {
  it('rejects the accuser, not the interviewer', () => {
    const rejected = draft.relations
      .filter((p) => p.relation.kind === 'rejection' && p.relation.source === 'tunisia')
      .map((p) => p.relation.target);
    expect(rejected).toEqual(['malta']);
  });

  it('proposes no journalist named after an outlet’s plural possessive', () => {
    expect(draft.entities.map((p) => p.entity.label)).not.toContain('Jo Roe');
  });
});
