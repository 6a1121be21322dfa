// A quotation proposes no new name of its own ("“Harbour Shield Forever”" is a slogan), but a head
// title and a name after it ("“… make President Teo Brann a thief …”") name a person there as
// surely as the article's own words do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'quoted-titled-name.txt'), 'utf8'), EMPTY, {
  fileName: 'quoted-titled-name.txt',
});
const labels = draft.entities.map((p) => p.entity.label);

describe('names inside a quotation', () => {
  it('proposes a titled person the quotation names', () => {
    expect(draft.entities.find((p) => p.entity.label === 'Teo Brann')?.entity.kind).toBe('person');
  });

  it('proposes nothing for capitalised words with no title before them', () => {
    expect(labels.filter((l) => /Harbour|Grey|Shield/.test(l))).toEqual([]);
  });
});
