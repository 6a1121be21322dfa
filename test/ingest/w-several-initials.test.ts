// A name with several initials inside it ("Rui P. A. Tavares", "Ana J. K. Lund") is one person's:
// the initials do not make it long enough to be an organisation followed by a person.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'w-several-initials.txt'), 'utf8'), EMPTY, {
  published: '2025-05-12',
});

describe('a name with several initials', () => {
  it('is one person, titled or not, and no organisation', () => {
    const people = draft.entities.filter((e) => e.entity.kind === 'person');
    expect(people.map((e) => e.entity.label).sort()).toEqual([
      'Ana J. K. Lund',
      'Marta Solberg',
      'Rui P. A. Tavares',
    ]);
    expect(draft.entities.filter((e) => e.entity.kind === 'organization')).toEqual([]);
  });

  it('is the one who acts', () => {
    expect(findRelation(draft, 'meeting', 'marta-solberg', 'rui-p-a-tavares')).toBeDefined();
  });
});
