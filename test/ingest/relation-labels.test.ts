// A relation's label reads as a plain sentence between its two ends: a deed told by a participle
// ("accusing") or in the present ("accuses") is labelled as done, and a verb that takes its
// object bare ("invited") gets no "with".
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, findRelation } from './fixture-reading';

const read = (text: string) => ingestArticle(text, EMPTY, { published: '2026-03-04' });

describe('relation labels', () => {
  it('label criticism told by a participle or the present as done', () => {
    const draft = read(
      'Row\n\nMalta cut ties with Iceland, accusing Iceland of spying. Norway accuses Latvia of lying.',
    );
    expect(findRelation(draft, 'criticism', 'malta', 'iceland')?.label).toBe('accused');
    expect(findRelation(draft, 'criticism', 'norway', 'latvia')?.label).toBe('accused');
  });

  it('give an invitation its object bare', () => {
    const draft = read(
      'Row\n\nPrime Minister Ana Vell invited Jon Dahl to visit Valletta next month.',
    );
    expect(findRelation(draft, 'planned-meeting', 'ana-vell', 'jon-dahl')?.label).toBe('invited');
  });
});
