// "seized the town of Vik in eastern Malta", "took the Maltese port of …": ground taken by force
// is a military action against the country it lies in; "took part in" is none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'ground-taken.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-07-09',
});

describe('ground taken by force', () => {
  it('reads the group as acting by force against the country the town lies in, on the day', () => {
    expect(findRelation(draft, 'military-action', 'northern-front', 'malta')?.date).toBe(
      '2025-07-07',
    );
  });

  it('reads no force in "took part in"', () => {
    const force = draft.relations.filter((p) => p.relation.kind === 'military-action');
    expect(force.flatMap((p) => p.relation.evidence.map((e) => e.quote))).not.toContain(
      'Residents said the group’s fighters took part in a parade through the streets.',
    );
  });
});
