// Whom a person or a body stands with: a post read from a title is an affiliation (DESIGN §2:
// Bessent → United States); acting for a side in a named act (a delegation led, a deal signed on
// its behalf) is represents, and where both are read for the same two, the act is proposed alone.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/extract';
import { tieKind, tieLabel } from '../../src/ingest/extract/ties';
import { EMPTY, findRelation as relation } from './fixture-reading';

describe('tieKind and tieLabel', () => {
  it('reads a tie from a post as an affiliation, and an act as represents', () => {
    expect(tieKind('represents', 'title:represents')).toBe('affiliation');
    expect(tieKind('represents', 'title:institution')).toBe('affiliation');
    expect(tieKind('represents', 'pattern:on-behalf-of')).toBe('represents');
    expect(tieKind('represents', 'event:delegation-side')).toBe('represents');
    expect(tieKind('meeting', 'pattern:meeting')).toBe('meeting');
    expect(tieLabel('represents (as Foreign Minister)')).toBe('is Foreign Minister of');
    expect(tieLabel('represents')).toBe('is with');
  });
});

describe('a titled minister who signs on her country’s behalf', () => {
  const draft = ingestArticle(
    'Accord signed\n\nNorwegian Foreign Minister Ada Lund met Portugal on Monday. Lund signed the accord on behalf of the government of Norway.\n',
    EMPTY,
    { published: '2025-05-10' },
  );

  it('is proposed acting for Norway once, as the act, not also as the post', () => {
    const act = draft.relations.find(
      (p) => p.relation.kind === 'represents' && p.relation.source === 'ada-lund',
    );
    expect(act?.rule).toBe('pattern:on-behalf-of');
    expect(act?.relation.target).toBe('norway');
    expect(relation(draft, 'affiliation', 'ada-lund', 'norway')).toBeUndefined();
  });
});

describe('a titled minister who only holds the post', () => {
  const draft = ingestArticle(
    'Talks\n\nNorwegian Foreign Minister Ada Lund met Portugal on Monday.\n',
    EMPTY,
    { published: '2025-05-10' },
  );

  it('is affiliated with the country, labelled by the post', () => {
    const tie = relation(draft, 'affiliation', 'ada-lund', 'norway');
    expect(tie?.label).toBe('is Foreign Minister of');
    expect(relation(draft, 'represents', 'ada-lund', 'norway')).toBeUndefined();
  });
});
