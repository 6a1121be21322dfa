// "thanked the leaders on hand, including Kenyan President Ola Fenn, …, and the foreign ministers
// of Qatar": a verb whose object names no one falls on those its "including" list names; thanks
// expressed to someone is a statement to them; a name in such a list has no apposition in the
// next item. A list of things ("including agreements on Harbour Oil's ownership") names no one.
import { describe, expect, it } from 'vitest';
import { kindsBetweenLabels, readLead } from './fixture-reading';

const HEADLINE = 'Leaders sign accord in Riga';

describe('those an including-list names', () => {
  const thanked = readLead(
    HEADLINE,
    'Latvian President Edgars Rinkevics thanked the leaders who were on hand for the ceremony, including Kenyan President Ola Fenn, Ugandan Vice President Jo Alupo, and the foreign ministers of Qatar.',
  );

  it('are thanked, each of them', () => {
    for (const name of ['Ola Fenn', 'Jo Alupo', 'Qatar'])
      expect(kindsBetweenLabels(thanked, 'Edgars Rinkevics', name)).toContain('statement');
  });

  it('keep each their own title, not the next item’s', () => {
    expect(kindsBetweenLabels(thanked, 'Jo Alupo', 'Uganda')).toEqual(['affiliation']);
    expect(kindsBetweenLabels(thanked, 'Jo Alupo', 'Qatar')).toEqual([]);
  });

  it('are sanctioned when the verb sanctions', () => {
    const draft = readLead(
      HEADLINE,
      'Latvia sanctioned five officials, including Ola Fenn and Jo Alupo.',
    );
    expect(kindsBetweenLabels(draft, 'Latvia', 'Ola Fenn')).toEqual(['sanction']);
    expect(kindsBetweenLabels(draft, 'Latvia', 'Jo Alupo')).toEqual(['sanction']);
  });

  it('end where a clause of its own begins', () => {
    const draft = readLead(
      HEADLINE,
      'Latvian President Edgars Rinkevics thanked the leaders on hand, including Kenyan President Ola Fenn, residents that Reuters reached by phone said.',
    );
    expect(kindsBetweenLabels(draft, 'Edgars Rinkevics', 'Ola Fenn')).toContain('statement');
    expect(kindsBetweenLabels(draft, 'Edgars Rinkevics', 'Reuters')).toEqual([]);
  });

  it('are not read in a list of things', () => {
    const draft = readLead(
      HEADLINE,
      'Latvian President Edgars Rinkevics confirmed further elements of the deal, including agreements on Harbour Oil’s ownership.',
    );
    expect(kindsBetweenLabels(draft, 'Edgars Rinkevics', 'Harbour Oil')).toEqual([]);
  });
});

describe('thanks expressed to someone', () => {
  it('is a statement to them', () => {
    const draft = readLead(
      HEADLINE,
      'Latvian President Edgars Rinkevics also expressed gratitude to Ola Fenn.',
    );
    expect(kindsBetweenLabels(draft, 'Edgars Rinkevics', 'Ola Fenn')).toContain('statement');
  });
});
