// A page's "More like this / Related" box after the story: each other story's title and the first
// words of its text, cut off with an ellipsis. Those teasers name people and countries of other
// stories and are not this article's text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'related-teasers.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2026-03-06',
});
const labels = draft.entities.map((e) => e.entity.label);

describe('a related-stories box with teasers cut off by an ellipsis', () => {
  it('proposes no one the teasers name', () => {
    for (const label of ['Togo', 'Chile', 'Norway', 'Ola Strand', 'Peru', 'Ghana', 'Kofi Mensah'])
      expect(labels).not.toContain(label);
    expect(draft.relations.map((p) => p.relation.kind)).not.toContain('meeting');
  });

  it('still reads the story above the box', () => {
    expect(findRelation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2026-03-05');
  });
});
