// A capitalised adjective opening a sentence before an -ing noun ("Heavy fighting broke out",
// "Intense shelling hit the port") is no group acting: the -ing word is the subject's noun.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

const name = 'adjective-before-gerund.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-05-10',
});
const labels = draft.entities.map((p) => p.entity.label);

describe('an adjective before an -ing noun, opening a sentence', () => {
  it('proposes no organisation of the adjective', () => {
    expect(labels).not.toContain('Heavy');
    expect(labels).not.toContain('Intense');
  });

  it('still reads the sentence’s actors, and a lone name that acts', () => {
    expect(relation(draft, 'statement', 'estonia', 'latvia')).toBeDefined();
    expect(labels).toContain('Velmark');
  });
});
