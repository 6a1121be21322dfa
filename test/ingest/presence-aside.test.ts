// "A and B, in the presence of Z, signed an accord": Z, present at the signing told in an aside
// before it, witnessed it for its parties (a mediation, as "the accord was signed in the
// presence of Z" is) and is no party to it. Invented article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'presence-aside.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, { fileName: name });

describe('"A and B, in the presence of Z, signed an accord"', () => {
  it('reads Z as witnessing the accord for each of its parties', () => {
    for (const party of ['tomas-rojas', 'elena-quispe'])
      expect(findRelation(draft, 'mediation', 'marco-lima', party)).toBeDefined();
  });

  it('keeps the accord between A and B', () => {
    expect(findRelation(draft, 'agreement', 'tomas-rojas', 'elena-quispe')).toBeDefined();
    expect(findRelation(draft, 'agreement', 'marco-lima', 'tomas-rojas')).toBeUndefined();
  });
});
