// "Trump held a phone call last week with Maduro", "held talks over the weekend with": the
// words that say when may stand between a call or a meeting and its "with".
import { describe, expect, it } from 'vitest';
import { findRelation, readLead } from './fixture-reading';

describe('a call held "last week with" someone', () => {
  it('is a call with the one after the words of time', () => {
    const draft = readLead(
      'Leaders spoke',
      'Peruvian President Jo Ruiz held a phone call last week with Chilean President Tomas Oak.',
    );
    expect(findRelation(draft, 'call', 'jo-ruiz', 'tomas-oak')).toBeDefined();
    const weekend = readLead(
      'Leaders met',
      'Peruvian President Jo Ruiz held talks over the weekend with Chilean President Tomas Oak.',
    );
    expect(findRelation(weekend, 'talks', 'jo-ruiz', 'tomas-oak')).toBeDefined();
  });

  it('is a call when one "spoke last week with" the other, not when "with" opens an aside', () => {
    const spoke = readLead(
      'Leaders spoke',
      'Jo Ruiz, the Peruvian president, spoke last week with Tomas Oak.',
    );
    expect(findRelation(spoke, 'call', 'jo-ruiz', 'tomas-oak')).toBeDefined();
    const aside = readLead(
      'Leaders spoke',
      'Jo Ruiz, the Peruvian president, spoke on Friday, with Tomas Oak watching.',
    );
    expect(findRelation(aside, 'call', 'jo-ruiz', 'tomas-oak')).toBeUndefined();
  });
});
