// "X, a founding member of Y, criticised Z": the aside between the commas describes the subject;
// a body named in it is not the one who acted. Where the subject is a description the reader
// cannot name ("The fisheries chief, a former NATO official, accused Z"), nobody is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'appositive-subjects.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-16',
});
const fromBody = (label: string) => {
  const id = draft.entities.find((e) => e.entity.label === label)?.entity.id;
  return draft.relations.filter(
    (p) => p.relation.source === id && p.relation.kind !== 'represents',
  );
};

describe('a subject with an aside before its verb', () => {
  it('is the one before the aside, not a body named in it', () => {
    expect(findRelation(draft, 'criticism', 'norway', 'chile')?.date).toBe('2025-03-14');
    expect(fromBody('Arctic Council')).toEqual([]);
    expect(fromBody('NATO')).toEqual([]);
    expect(findRelation(draft, 'rejection', 'pablo-rivas', 'united-nations')).toBeUndefined();
  });
});
