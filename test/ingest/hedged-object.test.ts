// "reinstated what they call “full squeeze” sanctions on B", "launched what it called a “special
// operation” against B": a hedge between a verb and the object that makes it a deed names that
// object; its verb ends no clause, states nothing, and its subject is no target. Invented
// article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const name = 'hedged-object.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });
const pairs = (kind: string) =>
  draft.relations
    .filter((p) => p.relation.kind === kind)
    .map((p) => `${p.relation.source}>${p.relation.target}`)
    .sort();

describe('an object named through a hedge', () => {
  it('reads the sanctions each body reinstated on the country', () => {
    expect(pairs('sanction')).toEqual([
      'finance-ministry>iceland',
      'norwegian-foreign-ministry>iceland',
    ]);
  });

  it('reads the operation launched against the country', () => {
    expect(pairs('military-action')).toEqual(['sweden>finland']);
  });

  it('reads no statement from the hedge’s verb', () => {
    expect(pairs('statement')).toEqual([]);
  });
});
