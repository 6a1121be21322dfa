// "with Z acting as mediator", "Z acted as chief mediator": a third party named by the role it
// plays mediates for the parties of the clause it closes, else for the article's two sides.
// Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');
const EMPTY: IngestContext = { entities: [], relations: [], sources: [] };
const name = 'acting-as-mediator.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });
const mediations = (source: string) =>
  draft.relations
    .filter((p) => p.relation.kind === 'mediation' && p.relation.source === source)
    .map((p) => p.relation.target)
    .sort();

describe('a mediator named by the role it plays', () => {
  it('reads "A and B resumed talks, with Z acting as mediator" as Z mediating for A and B', () => {
    expect(mediations('uruguay')).toEqual(['chile', 'peru']);
  });

  it('reads "Z acted as chief mediator" as Z mediating between the two sides', () => {
    expect(mediations('ines-vidal')).toEqual(['chile', 'peru']);
  });

  it('makes the mediator no party to the talks', () => {
    const talks = draft.relations.filter(
      (p) =>
        p.relation.kind === 'talks' && [p.relation.source, p.relation.target].includes('uruguay'),
    );
    expect(talks).toEqual([]);
  });
});
