// "met her Norwegian counterpart, Bjorn Aasen": a counterpart named after a comma is the person
// met (acting for the country the adjective names), not the country; and "spoke by phone with",
// "talked over the phone with" are calls, the words saying how standing between the verb and
// its "with". Short invented articles, read into an empty graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('a counterpart named after a comma', () => {
  const draft = ingestFile('counterpart-apposition.txt');

  it('is the person met, not the country the adjective names', () => {
    expect(kindsBetween(draft, 'sigrun-vald', 'bjorn-aasen')).toContain('meeting');
    expect(kindsBetween(draft, 'sigrun-vald', 'norway')).not.toContain('meeting');
    expect(kindsBetween(draft, 'hanna-joensen', 'mads-krogh')).toContain('meeting');
    expect(kindsBetween(draft, 'hanna-joensen', 'denmark')).not.toContain('meeting');
  });

  it('acts for the country the adjective names', () => {
    expect(findRelation(draft, 'affiliation', 'bjorn-aasen', 'norway')).toBeDefined();
    expect(findRelation(draft, 'affiliation', 'mads-krogh', 'denmark')).toBeDefined();
  });
});

describe('a call told by how it was made', () => {
  const draft = ingestFile('call-by-phone.txt');

  it('reads "spoke by phone with her Swedish counterpart X" as a call with X, on its day', () => {
    const call = findRelation(draft, 'call', 'kari-moen', 'erik-lund');
    expect(call).toBeDefined();
    expect(call?.date).toBe('2025-03-05');
  });

  it('reads "talked over the phone with X" as a call with X', () => {
    expect(findRelation(draft, 'call', 'erik-lund', 'aino-salo')).toBeDefined();
  });
});
