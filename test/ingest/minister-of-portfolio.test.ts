// "Maltese Minister of Communication and government spokeswoman", "the Mayor of Vik": one word
// after a title's "of" is the office's portfolio or place, not a person.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'minister-of-portfolio.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-07',
});
const labels = draft.entities.map((e) => e.entity.label);

describe('a title "of" one word', () => {
  it('proposes no person named after the portfolio or the place', () => {
    expect(labels).not.toContain('Communication');
    expect(labels).not.toContain('Vik');
    expect(findRelation(draft, 'represents', 'communication', 'malta')).toBeUndefined();
  });

  it('keeps the speaker and the story', () => {
    expect(labels).toContain('Carla Vella');
    expect(findRelation(draft, 'agreement', 'malta', 'iceland')?.date).toBe('2025-05-05');
  });
});
