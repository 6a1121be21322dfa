// "a Maltese military buildup", "any Maltese military action": "military" qualifying a noun
// names a deed or a state of things, not the forces acting, so no forces are proposed for it;
// "the Maltese military said" and "military officials said" still name the forces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const read = (text: string) => ingestArticle(text, EMPTY, { fileName: 'forces.txt' });
const draft = ingestArticle(readFileSync(join(FIXTURES, 'military-as-a-word.txt'), 'utf8'), EMPTY, {
  fileName: 'military-as-a-word.txt',
});
const forces = (d: ReturnType<typeof read>) =>
  d.entities.filter((p) => p.rule === 'mention:armed-forces').map((p) => p.entity.label);

describe('"military" before a noun', () => {
  it('proposes no forces for a buildup or an action called military', () => {
    expect(forces(draft)).toEqual([]);
    expect(draft.relations.filter((p) => p.relation.kind === 'affiliation')).toHaveLength(1);
  });

  it('reads what is said of the buildup as said of the country', () => {
    expect(findRelation(draft, 'statement', 'jon-dahl', 'malta')).toBeDefined();
  });

  it('still proposes the forces where they act or speak', () => {
    expect(forces(read('The Maltese military said its ships were on an exercise.'))).toEqual([
      'Maltese military',
    ]);
    expect(forces(read('Maltese military officials said the ships were on an exercise.'))).toEqual([
      'Maltese military',
    ]);
  });
});
