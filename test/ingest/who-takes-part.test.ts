// Who takes part in a deed besides its two parties: the broker of an accord or the carrier of
// talks, told by a passive, a fronted phrase, "with the help of", a compound or "through".
// Short invented articles, read into an empty graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation, kindsBetween } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2025-05-10',
  });

describe('the broker of an accord mediates for its parties and is none of them', () => {
  const draft = ingestFile('r-brokers.txt');
  const mediates = (broker: string, a: string, b: string) =>
    [a, b].every((party) => findRelation(draft, 'mediation', broker, party) !== undefined);

  it('reads "a ceasefire brokered by Z" as Z mediating for both parties', () => {
    expect(kindsBetween(draft, 'estonia', 'latvia')).toContain('agreement');
    expect(mediates('finland', 'estonia', 'latvia')).toBe(true);
  });

  it('reads "Under a deal mediated by Z, A and B …": Z alone is the broker', () => {
    expect(mediates('norway', 'malta', 'iceland')).toBe(true);
    expect(findRelation(draft, 'mediation', 'malta', 'iceland')).toBeUndefined();
  });

  it('reads "reached a truce with the help of Z" as a truce between the two, brokered by Z', () => {
    expect(kindsBetween(draft, 'portugal', 'spain')).toContain('agreement');
    expect(kindsBetween(draft, 'portugal', 'switzerland')).not.toContain('agreement');
    expect(mediates('switzerland', 'portugal', 'spain')).toBe(true);
  });

  it('reads "signed a Danish-brokered accord": the accord and its broker', () => {
    expect(kindsBetween(draft, 'greece', 'cyprus')).toContain('agreement');
    expect(mediates('denmark', 'greece', 'cyprus')).toBe(true);
  });

  it('reads "indirect talks through Z" as Z carrying the talks', () => {
    expect(kindsBetween(draft, 'austria', 'hungary')).toContain('talks');
    expect(mediates('slovenia', 'austria', 'hungary')).toBe(true);
  });
});

describe('a reply told in the same sentence as the charge answers the one who made it', () => {
  const draft = ingestFile('r-replies.txt');
  const rejects = (a: string, b: string) => findRelation(draft, 'rejection', a, b) !== undefined;

  it('reads "…, a charge B rejected" as B rejecting A', () => {
    expect(kindsBetween(draft, 'malta', 'tunisia')).toContain('criticism');
    expect(rejects('tunisia', 'malta')).toBe(true);
  });

  it('reads "…, which B denied" and "…, an allegation that B has dismissed"', () => {
    expect(rejects('norway', 'iceland')).toBe(true);
    expect(rejects('morocco', 'portugal')).toBe(true);
  });

  it('reads "…, claims rejected by B"', () => {
    expect(rejects('peru', 'chile')).toBe(true);
  });

  it('does not read the one who made the charge as rejecting it', () => {
    expect(rejects('malta', 'tunisia')).toBe(false);
    expect(rejects('iceland', 'norway')).toBe(false);
  });
});

describe('a group named once is "the militants" after, and a demonym with its envoys a country', () => {
  const draft = ingestFile('r-group-people.txt');

  it('reads "the militants" and "the insurgents" as the group named before', () => {
    expect(kindsBetween(draft, 'black-dune-front', 'niger')).toContain('threat');
    expect(kindsBetween(draft, 'mali', 'black-dune-front')).toContain('military-action');
  });

  it('reads "after Swiss negotiators met the rebels" as Switzerland meeting the group', () => {
    expect(kindsBetween(draft, 'switzerland', 'black-dune-front')).toContain('meeting');
  });

  it('reads "Norwegian envoys held talks with Sudan" as talks between the two countries', () => {
    expect(kindsBetween(draft, 'norway', 'sudan')).toContain('talks');
  });
});

describe('who is told, and who "they" are after one party', () => {
  const draft = ingestFile('r-told.txt');

  it('reads "A told B that …" with countries as a statement of A to B', () => {
    expect(findRelation(draft, 'statement', 'kenya', 'uganda')).toBeDefined();
  });

  it('reads "X officials said they would meet …" as X, not the pair of the sentence before', () => {
    expect(kindsBetween(draft, 'tanzania', 'rwanda')).toContain('planned-meeting');
    expect(kindsBetween(draft, 'ana-vell', 'jon-roe')).not.toContain('planned-meeting');
  });
});

describe('who a response strikes, and who thanks whom', () => {
  const draft = ingestFile('r-responses.txt');

  it('reads "B responded with drone strikes" as B striking whoever struck it before', () => {
    expect(findRelation(draft, 'military-action', 'kenya', 'somalia')).toBeDefined();
    expect(findRelation(draft, 'military-action', 'somalia', 'kenya')).toBeDefined();
  });

  it('reads "A\'s president, X, thanked B" with X as the one who thanks', () => {
    expect(findRelation(draft, 'statement', 'koffi-adjo', 'nigeria')).toBeDefined();
    expect(findRelation(draft, 'statement', 'nigeria', 'koffi-adjo')).toBeUndefined();
  });
});

describe('"the mediators" are those named as mediators before', () => {
  const draft = ingestFile('r-mediators.txt');
  const mediates = (a: string, b: string) => findRelation(draft, 'mediation', a, b) !== undefined;

  it('reads a delegation meeting "the mediators" as each mediator mediating for it', () => {
    expect(mediates('oman', 'libya')).toBe(true);
    expect(mediates('jordan', 'libya')).toBe(true);
  });

  it('reads mediators meeting a party as a meeting, and no mediation for each other', () => {
    expect(kindsBetween(draft, 'oman', 'desert-hawks')).toContain('meeting');
    expect(mediates('jordan', 'oman')).toBe(false);
    expect(mediates('oman', 'jordan')).toBe(false);
  });
});

describe('talks carried by mediators between two others', () => {
  const draft = ingestFile('r-mediated-talks.txt');
  const partiesOf = (kind: string) => {
    const event = draft.entities.find((e) => e.entity.kind === 'event')?.entity.id;
    return draft.relations
      .filter((p) => p.relation.kind === kind && p.relation.target === event)
      .map((p) => p.relation.source)
      .sort();
  };

  it('gives the talks the two parties after "between A and the B", not the mediators', () => {
    expect(partiesOf('participant')).toEqual(['philippines', 'vietnam']);
  });
});

describe('a ministry that reports a deed done to "its" positions reports it for its country', () => {
  const draft = ingestFile('r-ministry-reports.txt');

  it('reads the deed as done to the country', () => {
    expect(findRelation(draft, 'military-action', 'romania', 'moldova')).toBeDefined();
  });
});

describe('mediators listed before "which mediated the deal"', () => {
  const draft = ingestFile('r-joint-brokers.txt');

  it('reads each of them as mediating for both sides', () => {
    for (const mediator of ['peru', 'ecuador'])
      for (const side of ['bolivia', 'paraguay'])
        expect(findRelation(draft, 'mediation', mediator, side)).toBeDefined();
  });
});
