// "Go deeper:" over another story's title (and the credits under it) is a link list, as "Read
// more:" is: the countries and people in the linked title are not the article's actors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES } from './fixture-reading';

const draft = ingestArticle(readFileSync(join(FIXTURES, 'go-deeper-link.txt'), 'utf8'), EMPTY, {
  fileName: 'go-deeper-link.txt',
});
const labels = draft.entities.map((p) => p.entity.label);

describe('a "Go deeper" link under the article', () => {
  it('proposes none of the names in the linked title or the credits', () => {
    expect(labels).not.toContain('Finland');
    expect(labels).not.toContain('Estonia');
    expect(labels).not.toContain('Jo Roe');
    expect(draft.sentences.some((s) => s.includes('Go deeper'))).toBe(false);
  });

  it('still reads the article above it', () => {
    expect(labels).toContain('Iceland');
    expect(labels).toContain('Norway');
  });
});
