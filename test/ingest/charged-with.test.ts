// "charged the Icelandic government with sabotage of …": a charge laid on the one named is an
// accusation (CAMEO 112, criticism); "were charged with" names no accuser. Invented article.
// Also: "the Islamic Republic" is Iran, as "the Kremlin" is Russia.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const name = 'charged-with.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('a charge laid on a country', () => {
  it('reads "charged B with …" as criticism of B', () => {
    const accused = draft.relations
      .filter((p) => p.relation.kind === 'criticism')
      .map((p) => `${p.relation.source}>${p.relation.target}`);
    expect(accused).toContain('norwegian-justice-ministry>iceland');
    expect(accused.filter((x) => x.startsWith('iceland'))).toEqual([]);
  });

  it('reads "the Islamic Republic" as Iran', () => {
    const text =
      'Charges laid\n\nThe Norwegian Justice Ministry charged the Islamic Republic with spying.\n';
    const read = ingestArticle(text, EMPTY, { fileName: 'x.txt' });
    const accused = read.relations.find((p) => p.relation.kind === 'criticism');
    expect(accused?.relation.target).toBe('iran');
  });
});
