// The headline as the article's main event: a headline in title case is read as a sentence would
// be (its verb and its common nouns in lower case for the tagger, its names kept), and what it
// tells is proposed with the headline as written for its quote. Short invented articles, read
// into an empty graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { headlineForTagging, isTitleCaseHeadline } from '../../src/ingest/extract/headline-case';
import { buildNameIndex } from '../../src/ingest/extract/linking';
import { readPage } from '../../src/ingest/extract/page';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2026-03-04',
  });

describe('a headline in title case', () => {
  it('reads its verb: "Latvia Rejects Estonian Truce Proposal" is a rejection', () => {
    const draft = ingestFile('n-title-case-rejection.txt');
    const rejection = findRelation(draft, 'rejection', 'latvia', 'estonia');
    expect(rejection?.evidence[0]?.quote).toBe('Latvia Rejects Estonian Truce Proposal');
  });

  it('reads "To Host Talks" as talks to come', () => {
    const draft = ingestFile('n-title-case-future.txt');
    expect(findRelation(draft, 'planned-meeting', 'malta', 'iceland')).toBeDefined();
  });

  it('reads a capitalised verb that is also a noun: "Jets Strike … Border Post"', () => {
    const draft = ingestFile('n-title-case-strike.txt');
    expect(findRelation(draft, 'military-action', 'latvia', 'estonia')).toBeDefined();
  });

  it('keeps the names the body writes: "Vell Rejects Rask Offer" is between the two people', () => {
    const draft = ingestFile('n-title-case-names.txt');
    expect(findRelation(draft, 'rejection', 'anton-vell', 'sigrun-rask')).toBeDefined();
  });
});

describe('headlineForTagging', () => {
  const index = buildNameIndex([]);
  const none = () => false;

  it('lowers common words, keeps gazetteer names, the body’s names and acronyms', () => {
    const names = new Set(['Vell']);
    expect(
      headlineForTagging('Vell: Malta Will Not Yield To EU Demands', (w) => names.has(w), index),
    ).toBe('Vell: Malta will not yield to EU demands');
  });

  it('keeps a name of several words the gazetteer knows', () => {
    expect(headlineForTagging('South Korea Rejects Offer', none, index)).toBe(
      'South Korea rejects offer',
    );
  });

  it('leaves a headline in sentence case alone, and tells the two apart', () => {
    expect(isTitleCaseHeadline('Malta to host talks with Iceland next month')).toBe(false);
    expect(isTitleCaseHeadline('Malta To Host Talks With Iceland Next Month')).toBe(true);
    expect(isTitleCaseHeadline('Talks With Iceland Resume.')).toBe(false);
  });
});

describe('the headline and the lead as one main event', () => {
  it('takes the sides from the headline and the deed, with its day, from the lead', () => {
    const draft = ingestFile('n-lead-deed.txt');
    const meeting = findRelation(draft, 'meeting', 'malta', 'iceland');
    expect(meeting?.date).toBe('2026-03-02');
    expect(meeting?.evidence[0]?.quote).toMatch(/^Delegations met on Monday/);
  });

  it('leaves a lead’s meeting alone when the headline tells no meeting of two sides', () => {
    const draft = ingestFile('n-lead-deed-elsewhere.txt');
    expect(findRelation(draft, 'meeting', 'malta', 'iceland')).toBeUndefined();
  });
});

describe('headline-ese', () => {
  it('reads "Speaker: …" as what the speaker says, a demand when the other "must" act', () => {
    const draft = ingestFile('n-headline-speaker.txt');
    const demand = findRelation(draft, 'demand', 'anton-vell', 'iceland');
    expect(demand?.evidence[0]?.quote).toBe('Vell: Iceland Must Free The Seized Trawlers');
  });

  it('reads "Malta, Iceland Agree …" with its comma for "and"', () => {
    const draft = ingestArticle(
      'Malta, Iceland Agree To Resume Fishing Talks\n\nThe fishing row has lasted two years.\n',
      EMPTY,
      { published: '2026-03-04' },
    );
    expect(findRelation(draft, 'agreement', 'malta', 'iceland')).toBeDefined();
  });
});

describe('the summit, its host and "the two prime ministers" as the main event', () => {
  const draft = ingestFile('n-summit.txt');

  it('reads "held a summit" as the two leaders’ meeting', () => {
    expect(findRelation(draft, 'meeting', 'anton-vell', 'sigrun-rask')?.date).toBe('2026-03-02');
  });

  it('reads the host of "the summit" told just before as mediating between its two leaders', () => {
    expect(findRelation(draft, 'mediation', 'lena-albrecht', 'anton-vell')).toBeDefined();
    expect(findRelation(draft, 'mediation', 'lena-albrecht', 'sigrun-rask')).toBeDefined();
  });

  it('reads "the two prime ministers" as the lead’s two people', () => {
    expect(findRelation(draft, 'agreement', 'anton-vell', 'sigrun-rask')).toBeDefined();
  });

  it('reads a passive host: "the talks were hosted by Switzerland"', () => {
    const hosted = ingestFile('n-hosted-by.txt');
    expect(findRelation(hosted, 'mediation', 'switzerland', 'malta')).toBeDefined();
    expect(findRelation(hosted, 'mediation', 'switzerland', 'iceland')).toBeDefined();
  });
});

describe('finding the headline on the page', () => {
  it('passes over a section’s name above the headline ("World")', () => {
    const draft = ingestFile('n-section-label.txt');
    const rejection = findRelation(draft, 'rejection', 'malta', 'iceland');
    expect(rejection?.evidence[0]?.quote).toBe('Malta Rejects Icelandic Quota Offer');
    expect(rejection?.date).toBe('2026-03-02');
    expect(draft.source.title).toBe('Malta Rejects Icelandic Quota Offer');
  });

  it('takes a headline that ends in a quoted phrase, not a sentence that ends in a quotation', () => {
    const text = readFileSync(join(FIXTURES, 'n-quoted-headline.txt'), 'utf8');
    expect(readPage(text).headline).toBe("Malta Rejects Iceland's ‘Final Offer’");
    expect(readPage('Vell said ‘no.’\n\nThe talks ended.').headline).toBeNull();
  });
});

describe('a headline’s present tense', () => {
  it('tells what was done: "Malta And Iceland Resume Fishing Talks" are talks held, not planned', () => {
    const draft = ingestFile('n-headline-present.txt');
    expect(findRelation(draft, 'talks', 'malta', 'iceland')?.date).toBe('2026-03-02');
    expect(findRelation(draft, 'planned-meeting', 'malta', 'iceland')).toBeUndefined();
  });

  it('leaves "will resume talks" and "agreed to resume talks" plans', () => {
    const draft = ingestArticle(
      'Fishing row\n\nMalta will resume talks with Iceland, officials said on Monday.\n',
      EMPTY,
      { published: '2026-03-04' },
    );
    expect(findRelation(draft, 'planned-meeting', 'malta', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'talks', 'malta', 'iceland')).toBeUndefined();
  });
});
