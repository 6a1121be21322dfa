// "…, per the Harbour Gazette", "per Reuters": the outlet after "per" is where the report comes
// from, as after "according to"; it is no actor of the story.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const name = 'per-the-source.txt';
const draft = ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
  fileName: name,
  published: '2025-03-15',
});
const labels = draft.entities.map((e) => e.entity.label);

describe('a source named after "per"', () => {
  it('proposes no entity for the outlet', () => {
    expect(labels).not.toContain('Harbour Gazette');
    expect(labels).not.toContain('Reuters');
  });

  it('still reads the story', () => {
    expect(findRelation(draft, 'criticism', 'chile', 'peru')?.date).toBe('2025-03-14');
  });
});
