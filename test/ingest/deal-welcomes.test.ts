// Welcome and praise of a deal by several parties at once: "Finland, Sweden and Poland welcomed
// the accord" is a statement by each towards both parties of the accord told before; "Norway
// hailed the truce between A and B" towards A and B; "Both leaders credited X for the
// breakthrough" towards X. Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'deal-welcomed.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('"A, B and C welcomed the accord"', () => {
  it('is a statement by each towards both parties of the accord told before', () => {
    for (const welcomer of ['finland', 'sweden', 'poland'])
      for (const party of ['latvia', 'estonia'])
        expect(findRelation(draft, 'statement', welcomer, party)).toBeDefined();
  });
});

describe('"A hailed the truce between B and C"', () => {
  it('is a statement towards the two parties it names', () => {
    expect(findRelation(draft, 'statement', 'norway', 'lithuania')).toBeDefined();
    expect(findRelation(draft, 'statement', 'norway', 'belarus')).toBeDefined();
    expect(findRelation(draft, 'statement', 'norway', 'latvia')).toBeUndefined();
  });
});

describe('"Both leaders credited X for the breakthrough"', () => {
  it('is a statement by each towards the one praised', () => {
    expect(findRelation(draft, 'statement', 'liis-tamm', 'lars-berg')).toBeDefined();
    expect(findRelation(draft, 'statement', 'aino-virta', 'lars-berg')).toBeDefined();
  });
});

describe('"A statement issued by X welcomed the agreement"', () => {
  const file = 'statement-welcomes.txt';
  const read = ingestArticle(readFileSync(join(FIXTURES, file), 'utf8'), EMPTY, { fileName: file });

  it('is a statement by X, who issued it, towards both parties of the agreement', () => {
    const by = read.relations.filter(
      (p) => p.relation.kind === 'statement' && p.rule === 'pattern:deal-welcome',
    );
    expect(by.map((p) => `${p.relation.source}>${p.relation.target}`).sort()).toEqual([
      'ecuadorian-foreign-ministry>chile',
      'ecuadorian-foreign-ministry>peru',
    ]);
  });
});
