// "Qatar and Egypt, which mediated the truce with the United States, urged both sides…": the
// truce's parties are the article's two sides, and the one after "with" mediated it too; none of
// the mediators is a party to the truce.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, findRelation, kindsBetween } from './fixture-reading';

const draft = ingestArticle(
  'Truce holds\n\nDOHA, March 3, 2025 — Chile and Peru agreed on a truce on Sunday after weeks of talks.\n\nQatar and Egypt, which mediated the truce with the United States, urged both sides on Monday to keep to its terms.\n',
  EMPTY,
  { published: '2025-03-03' },
);

describe('mediators of the truce named with "with"', () => {
  it('each mediated between the two sides', () => {
    for (const mediator of ['qatar', 'egypt', 'united-states'])
      for (const side of ['chile', 'peru'])
        expect(findRelation(draft, 'mediation', mediator, side)).toBeDefined();
  });

  it('are no party to the truce, nor mediate for one another', () => {
    expect(kindsBetween(draft, 'qatar', 'united-states')).not.toContain('agreement');
    expect(kindsBetween(draft, 'qatar', 'united-states')).not.toContain('mediation');
  });
});
