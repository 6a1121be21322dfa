// "Lima, Aug 19 Peruvian President Jo Ruiz has said he called …": a dateline in plain case with
// its day and no dash is the page's, not a sentence's words (its city no actor, its day the
// filing's); and "called Oak after holding meetings with Eva Paz" is the caller's meeting, not
// the one called.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { splitDateline } from '../../src/ingest/extract/page';
import { EMPTY, findRelation, kindsBetween } from './fixture-reading';

describe('a bare dateline, and a gerund after "after"', () => {
  it('splits "City, Mon DD" off a lead that opens with a capital', () => {
    expect(splitDateline('Lima, Aug 19 Peruvian President Jo Ruiz said …')).toEqual({
      place: 'Lima',
      rest: 'Peruvian President Jo Ruiz said …',
    });
    expect(splitDateline('Lima, the capital, was calm on Sunday.')).toBeNull();
  });

  it('reads the meeting after "after holding meetings with" as the subject’s', () => {
    const draft = ingestArticle(
      'Ruiz calls Oak after talks\n\nLima, Aug 19 Peruvian President Jo Ruiz has said he called Chilean President Tomas Oak after holding meetings with Bolivian President Eva Paz.\n',
      EMPTY,
      { published: '2025-08-19' },
    );
    expect(findRelation(draft, 'call', 'jo-ruiz', 'tomas-oak')).toBeDefined();
    expect(findRelation(draft, 'meeting', 'jo-ruiz', 'eva-paz')).toBeDefined();
    expect(kindsBetween(draft, 'tomas-oak', 'eva-paz')).not.toContain('meeting');
  });
});
