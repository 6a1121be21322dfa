// The CAMEO verb dictionary as the reader's verb lexicon: the derived table read into Parley's
// kinds, words too general to report an interaction alone left out, and the verbs it adds read in
// invented articles (with their tense, modality and negation).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';
import { CAMEO_LEXICON, kindOfCode } from '../../src/ingest/extract/cameo-kinds';
import { CAMEO_VERBS } from '../../src/ingest/extract/cameo-verbs';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2025-05-10',
  });

describe('the CAMEO verb table', () => {
  it('holds the dictionary’s verbs by code, every code a CAMEO event code', () => {
    const codes = Object.keys(CAMEO_VERBS);
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) expect(code).toMatch(/^(0[1-9]|1\d|20)\d{1,2}$/);
    expect(CAMEO_VERBS['190']?.split(' ')).toContain('attack');
  });

  it('reads each code family as the kind its codebook meaning names', () => {
    expect(kindOfCode('010')).toBe('statement');
    expect(kindOfCode('036')).toBe('planned-meeting');
    expect(kindOfCode('045')).toBe('mediation');
    expect(kindOfCode('112')).toBe('criticism');
    expect(kindOfCode('163')).toBe('sanction');
    expect(kindOfCode('1822')).toBe('military-action');
    expect(kindOfCode('173')).toBeNull();
    expect(kindOfCode('090')).toBeNull();
  });

  it('keeps the verbs that report an interaction, and leaves out the general ones', () => {
    expect(CAMEO_LEXICON.get('besiege')?.kind).toBe('military-action');
    expect(CAMEO_LEXICON.get('negotiate')).toEqual({ code: '046', kind: 'talks' });
    expect(CAMEO_LEXICON.get('boycott')?.kind).toBe('sanction');
    for (const general of ['go', 'give', 'take', 'see', 'hit', 'blast', 'release', 'help'])
      expect(CAMEO_LEXICON.has(general), general).toBe(false);
  });
});

describe('verbs of the CAMEO dictionary in an article', () => {
  const draft = ingestFile('crisis-cameo-verbs.txt');

  it('reads a siege, a blacklisting and an airlift as the deeds they are', () => {
    expect(relation(draft, 'military-action', 'estonia', 'latvia')).toMatchObject({
      tone: 'material-conflict',
      date: '2025-05-06',
    });
    expect(relation(draft, 'sanction', 'latvia', 'estonia')?.date).toBe('2025-05-07');
    expect(relation(draft, 'aid', 'finland', 'latvia')?.date).toBe('2025-05-08');
  });

  it('reads a reprimand as criticism and a consultation as talks with its object', () => {
    expect(relation(draft, 'criticism', 'ada-kuhl', 'estonia')?.tone).toBe('verbal-conflict');
    expect(relation(draft, 'talks', 'sweden', 'norway')?.date).toBe('2025-05-09');
  });

  it('reads a passive deed from its agent to the country named before it', () => {
    const passive = ingestFile('crisis-cameo-passive.txt');
    expect(relation(passive, 'military-action', 'estonia', 'latvia')?.date).toBe('2025-05-05');
    expect(relation(passive, 'criticism', 'finland', 'latvia')?.date).toBe('2025-05-06');
  });

  it('reads nothing from a modal, a negated or a conditional deed, or a participle', () => {
    const other = ingestFile('crisis-cameo-modality.txt');
    const kinds = other.relations.map((p) => p.relation.kind);
    expect(kinds).not.toContain('sanction');
    expect(kinds).not.toContain('military-action');
    expect(kinds).not.toContain('talks');
  });
});

describe('general verbs with their objects, and where a deed’s clause ends', () => {
  const draft = ingestFile('crisis-closures.txt');

  it('reads closing an airspace or suspending a treaty as a sanction on the other country', () => {
    expect(relation(draft, 'sanction', 'estonia', 'lithuania')?.date).toBe('2025-05-05');
    expect(relation(draft, 'sanction', 'estonia', 'latvia')?.date).toBe('2025-05-06');
  });

  it('keeps a shelling on its target, and a rebuke "from" someone as theirs', () => {
    expect(relation(draft, 'military-action', 'latvia', 'estonia')?.date).toBe('2025-05-07');
    expect(relation(draft, 'military-action', 'latvia', 'finland')).toBeUndefined();
    expect(relation(draft, 'criticism', 'finland', 'latvia')).toBeDefined();
    expect(relation(draft, 'criticism', 'latvia', 'finland')).toBeUndefined();
  });

  it('does not make the brokers of a truce its parties', () => {
    expect(relation(draft, 'agreement', 'finland', 'sweden')).toBeUndefined();
  });
});

describe('reactions to a deed', () => {
  const draft = ingestFile('crisis-reactions.txt');

  it('does not make one who condemns an attack its attacker', () => {
    expect(relation(draft, 'criticism', 'finland', 'latvia')?.date).toBe('2025-05-07');
    expect(relation(draft, 'military-action', 'finland', 'latvia')).toBeUndefined();
  });

  it('reads past the day and the occasion of a statement to what it is about', () => {
    expect(relation(draft, 'statement', 'sweden', 'estonia')?.date).toBe('2025-05-08');
    expect(relation(draft, 'statement', 'norway', 'latvia')?.date).toBe('2025-05-09');
  });
});

describe('the people of two sides as the subject of a meeting', () => {
  it('reads "officials from A and B" and "the ministers of A and B" as A and B', () => {
    const draft = ingestFile('side-people.txt');
    expect(relation(draft, 'planned-meeting', 'finland', 'sweden')).toBeDefined();
    expect(relation(draft, 'talks', 'norway', 'denmark')?.date).toBe('2025-05-06');
  });
});

describe('"as they met" after one person and a body', () => {
  it('reads the two sides the person and the body stand for as meeting', () => {
    const draft = ingestFile('they-met-sides.txt');
    expect(relation(draft, 'meeting', 'norway', 'european-union')?.date).toBe('2025-05-05');
    expect(relation(draft, 'meeting', 'lars-odegaard', 'norway')).toBeUndefined();
  });
});

describe('the occasion of a meeting', () => {
  it('reads "met on the sidelines of the NATO summit" as a meeting of the two, not with NATO', () => {
    const draft = ingestFile('meeting-sidelines.txt');
    expect(relation(draft, 'meeting', 'lars-odegaard', 'mette-lund')?.date).toBe('2025-05-05');
    expect(relation(draft, 'meeting', 'lars-odegaard', 'nato')).toBeUndefined();
  });
});

describe('a host of others’ talks', () => {
  it('reads "Norway hosted talks between A and B" as Norway mediating, A and B talking', () => {
    const draft = ingestFile('crisis-hosted-talks.txt');
    expect(relation(draft, 'mediation', 'norway', 'estonia')?.date).toBe('2025-05-05');
    expect(relation(draft, 'mediation', 'norway', 'latvia')).toBeDefined();
    expect(relation(draft, 'talks', 'estonia', 'latvia')).toBeDefined();
    expect(relation(draft, 'meeting', 'estonia', 'latvia')).toBeUndefined();
  });
});
