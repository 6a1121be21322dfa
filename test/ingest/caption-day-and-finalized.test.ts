// A caption line above the lead that ends in its picture's day ("… speaks in Lima, March 12,
// 2025", no full stop) is no sentence of the lead: its day is not the story's; and "finalized the
// text of a peace agreement" is an accord made.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, findRelation } from './fixture-reading';

const read = (text: string) => ingestArticle(text, EMPTY, { published: '2025-03-14' });

describe('a caption with its day, and an accord finalized', () => {
  const draft = read(
    'Peru Commends Chile, Bolivia On Peace Deal\n\nPeruvian Foreign Minister Jo Ruiz speaks to the media at an airport in Lima, March 10, 2025\n\nPeru has praised Chile and Bolivia for concluding negotiations on a historic peace treaty.\n\nChile and Bolivia finalized the text of a peace agreement on March 13, officials said.\n',
  );

  it('does not carry the caption’s day to the lead’s deeds', () => {
    const talks = findRelation(draft, 'talks', 'chile', 'bolivia');
    expect(talks).toBeDefined();
    expect(talks?.date).not.toBe('2025-03-10');
  });

  it('reads the finalized text of an agreement as the accord, on its day', () => {
    expect(findRelation(draft, 'agreement', 'chile', 'bolivia')?.date).toBe('2025-03-13');
  });
});
