// Someone present at a meeting without being its subject: "X joined the meeting via video
// call", "Y also attended", "Z looked on", "W, at his side, witnessed it". They take part in the
// meeting the article reports, with its two parties. Invented articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const read = (name: string) =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

const participants = (draft: Draft) => {
  const events = draft.entities.filter((e) => e.entity.kind === 'event');
  expect(events).toHaveLength(1);
  return draft.relations
    .filter((p) => p.relation.kind === 'participant' && p.relation.target === events[0]?.entity.id)
    .map((p) => p.relation.source)
    .sort();
};

describe('"X joined the meeting via video call", "Y also attended"', () => {
  it('adds X and Y to the meeting just told', () => {
    expect(participants(read('joined-by-video.txt'))).toEqual([
      'ivo-petrak',
      'klara-moser',
      'laszlo-fekete',
      'tomaz-zupan',
    ]);
  });
});

describe('"X looked on", "Y, at his side, witnessed the handshake"', () => {
  it('adds X and Y to the talks just told', () => {
    expect(participants(read('looked-on.txt'))).toEqual([
      'anders-berg',
      'eirik-dahl',
      'mette-lund',
      'sigrun-haldorsdottir',
    ]);
  });
});
