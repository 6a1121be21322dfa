// "Icelandic Prime Minister Ivo Marr: Norway's claims are “baseless”": a person's name closed by
// a colon, first in its sentence (after a label such as "What they're saying:" at most), gives
// the words after it as theirs, said of the actor they open with; a colon after anything but a
// person speaking is no statement.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'speaker-colon.txt'), 'utf8'), EMPTY, {
  fileName: 'speaker-colon.txt',
});
const statements = draft.relations.filter((p) => p.relation.kind === 'statement');

describe('a speaker named before a colon', () => {
  it('says the words after it of the actor they open with', () => {
    expect(findRelation(draft, 'statement', 'ivo-marr', 'norway')).toBeDefined();
    expect(findRelation(draft, 'statement', 'kari-lund', 'iceland')).toBeDefined();
  });

  it('reads no statement after a colon that closes no person', () => {
    expect(statements.map((p) => p.relation.source)).toEqual(['ivo-marr', 'kari-lund']);
  });
});
