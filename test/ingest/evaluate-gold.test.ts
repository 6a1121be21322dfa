// How the gold measure counts a kind: the kind itself or a specialisation of it; a general kind
// for a special one, acting for a country where the gold says only affiliation, or any other, is
// wrong.
import { describe, expect, it } from 'vitest';
import { answersKind, kindConfusion, scoreDraft } from '../../src/ingest/eval/evaluate-gold';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY } from './fixture-reading';

const NOTHING = { entities: [] };

describe('answersKind', () => {
  it('takes the kind itself and its specialisations', () => {
    expect(answersKind('sanction', 'sanction')).toBe(true);
    expect(answersKind('tariff', 'sanction')).toBe(true);
    expect(answersKind('tariff-threat', 'threat')).toBe(true);
  });

  it('refuses a general kind for a special one, and any other kind', () => {
    expect(answersKind('sanction', 'tariff')).toBe(false);
    expect(answersKind('affiliation', 'represents')).toBe(false);
    expect(answersKind('represents', 'affiliation')).toBe(false);
    expect(answersKind('meeting', 'agreement')).toBe(false);
    expect(answersKind('statement', 'not-a-kind')).toBe(false);
  });
});

describe('kindConfusion', () => {
  it('tallies the gold kinds against the kinds proposed, marking the wrong ones', () => {
    const text = 'Norway and Malta talk\n\nNorway imposed sanctions on Malta on Monday.\n';
    const draft = ingestArticle(text, EMPTY, { published: '2025-05-09' });
    const gold = {
      entities: ['Norway', 'Malta'],
      pairs: [{ a: 'Norway', b: 'Malta', kind: 'talks' }],
      noise: [],
    };
    const row = scoreDraft('a.txt', draft, NOTHING, gold);
    expect(row.pairs.found).toBe(1);
    expect(row.kind.found).toBe(0);
    expect(kindConfusion([row])).toEqual([
      { gold: 'talks', proposed: 'sanction', right: false, count: 1 },
    ]);
  });
});

describe('proposals on a gold pair', () => {
  it('count as on the gold pair whatever their kind, and in the right kind only with the gold’s', () => {
    const text =
      'Norway and Malta talk\n\nNorway imposed sanctions on Malta on Monday.\n\nIceland met Spain on Tuesday.\n';
    const draft = ingestArticle(text, EMPTY, { published: '2025-05-09' });
    const gold = {
      entities: ['Norway', 'Malta', 'Iceland', 'Spain'],
      pairs: [
        { a: 'Norway', b: 'Malta', kind: 'talks' },
        { a: 'Iceland', b: 'Spain', kind: 'meeting' },
      ],
      noise: [],
    };
    const row = scoreDraft('a.txt', draft, NOTHING, gold);
    const onPair = (a: string, b: string) =>
      draft.relations.filter(
        (p) => [a, b].includes(p.relation.source) && [a, b].includes(p.relation.target),
      );
    const sanctions = onPair('norway', 'malta').filter(
      (p) => p.relation.kind === 'sanction',
    ).length;
    const meetings = onPair('iceland', 'spain').filter((p) => p.relation.kind === 'meeting').length;
    expect(sanctions).toBeGreaterThan(0);
    expect(meetings).toBeGreaterThan(0);
    // the sanctions fall on a gold pair, in a kind the gold does not take there
    expect(row.precision.found - row.precisionRightKind.found).toBe(sanctions);
    expect(row.precisionRightKind.total).toBe(draft.relations.length);
    expect(row.precisionRightKind.found).toBeGreaterThanOrEqual(meetings);
  });
});

describe('dateMisses', () => {
  it('says why each pinned day was missed', () => {
    // the undated meeting comes first: after a day told, a deed that states none takes that day
    const text =
      'Norway and Malta\n\nIceland met Spain.\n\nNorway imposed sanctions on Malta on Monday.\n';
    const draft = ingestArticle(text, EMPTY, { published: '2025-05-09' });
    const gold = {
      entities: ['Norway', 'Malta', 'Iceland', 'Spain', 'Italy'],
      pairs: [
        { a: 'Norway', b: 'Malta', kind: 'sanction', date: '2025-05-06' },
        { a: 'Iceland', b: 'Spain', kind: 'meeting', date: '2025-05-07' },
        { a: 'Italy', b: 'Spain', kind: 'call', date: '2025-05-07' },
      ],
      noise: [],
    };
    const row = scoreDraft('a.txt', draft, NOTHING, gold);
    expect(row.dateMisses).toEqual({
      'pair missed': 1,
      'kind wrong': 0,
      'no date': 1,
      'another day': 1,
    });
  });
});

describe('noise', () => {
  it('counts a credit proposed as an entity, but never one of the article’s own entities', () => {
    // the gold lists the outlet "Malta Today" as noise; Malta, an actor of the article, shares
    // its words and is no noise
    const text =
      'Norway and Malta talk\n\nNorway imposed sanctions on Malta on Monday, the Malta Today daily reported.\n';
    const draft = ingestArticle(text, EMPTY, { published: '2025-05-09' });
    expect(draft.entities.map((p) => p.entity.label)).toContain('Malta');
    const gold = {
      entities: ['Norway', 'Malta'],
      pairs: [{ a: 'Norway', b: 'Malta', kind: 'sanction' }],
      noise: ['Malta Today'],
    };
    expect(scoreDraft('a.txt', draft, NOTHING, gold).noise).not.toContain('Malta');
    const goldWithoutMalta = { ...gold, entities: ['Norway'], pairs: [] };
    expect(scoreDraft('a.txt', draft, NOTHING, goldWithoutMalta).noise).toContain('Malta');
  });
});
