// "X, arriving with A, B and C, entered the palace": those who came with a party to the meeting
// just told take part in it too; those who came with someone who is no party to it do not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'arriving-with.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-08-19',
});
const meeting = draft.entities.find((e) => e.entity.kind === 'event')?.entity.id ?? '';

describe('companions of a party to a meeting', () => {
  it('take part in the meeting', () => {
    for (const id of ['ana-soto', 'pablo-rivas', 'rosa-quispe', 'jon-vega', 'marta-gil'])
      expect(findRelation(draft, 'participant', id, meeting)?.date).toBe('2025-08-18');
  });

  it('are not added for someone who is no party to it', () => {
    for (const id of ['leo-paz', 'ana-ruiz'])
      expect(findRelation(draft, 'participant', id, meeting)).toBeUndefined();
  });
});
