// "army chief Teodor Balan" with no country before the title, in an article that has named one
// country's forces ("the Moldovan army"): the chief is of those forces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'army-chief-of-the-named-forces.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-09-29',
});

describe('an army chief titled by the forces alone', () => {
  it('is of the one forces the article named', () => {
    expect(findRelation(draft, 'affiliation', 'teodor-balan', 'moldovan-military')).toBeDefined();
  });

  it('leaves the militia commander out of the army', () => {
    expect(findRelation(draft, 'affiliation', 'ilie-varga', 'moldovan-military')).toBeUndefined();
  });
});
