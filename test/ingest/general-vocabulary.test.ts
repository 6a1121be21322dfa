// The reader on news beyond trade: short invented articles, one per pattern, each read into an
// empty graph. A strike, a sanction, a mediation and a threat are read as what they are, with
// their family's tone; "the two leaders" are the people of the article's lead; a plan, a lifted
// sanction or a denial is no deed; countries, capitals and lone names come from nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Draft, DraftSchema } from '../../src/ingest/draft';
import { type IngestContext, ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation as relation } from './fixture-reading';

const PUBLISHED = '2025-05-10';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: PUBLISHED,
  });
const ingestText = (text: string): Draft => ingestArticle(text, EMPTY, { published: PUBLISHED });

const kinds = (draft: Draft) => draft.relations.map((p) => p.relation.kind);

describe('the general vocabulary in invented articles', () => {
  it('reads air strikes as a military action, with its date and material-conflict tone', () => {
    const draft = ingestFile('crisis-strike.txt');
    expect(DraftSchema.safeParse(draft).success).toBe(true);
    const strike = relation(draft, 'military-action', 'iceland', 'malta');
    expect(strike).toMatchObject({ tone: 'material-conflict', date: '2025-05-06', directed: true });
  });

  it('reads sanctions as a sanction from the one imposing them', () => {
    const draft = ingestFile('crisis-sanction.txt');
    expect(relation(draft, 'sanction', 'norway', 'portugal')).toMatchObject({
      tone: 'material-conflict',
      date: '2025-05-05',
    });
    expect(relation(draft, 'sanction', 'portugal', 'norway')).toBeUndefined();
  });

  it('reads a mediation between two parties as the mediator’s, with each of them', () => {
    const draft = ingestFile('crisis-mediation.txt');
    expect(relation(draft, 'mediation', 'qatar', 'iceland')?.tone).toBe('verbal-cooperation');
    expect(relation(draft, 'mediation', 'qatar', 'malta')).toBeDefined();
  });

  it('reads a threat as a threat, not the blockade it threatens', () => {
    const draft = ingestFile('crisis-threat.txt');
    expect(relation(draft, 'threat', 'norway', 'portugal')?.tone).toBe('verbal-conflict');
    expect(kinds(draft)).not.toContain('sanction');
  });

  it('resolves "the two leaders" to the two people of the headline and first paragraph', () => {
    const draft = ingestFile('crisis-two-leaders.txt');
    expect(relation(draft, 'meeting', 'tomas-varga', 'ilse-marek')).toBeDefined();
    const agreed = relation(draft, 'agreement', 'tomas-varga', 'ilse-marek');
    expect(agreed?.evidence[0]?.quote).toBe('The two leaders agreed to reopen their embassies.');
  });
});

describe('tense, modality and negation of deeds', () => {
  it('does not read a planned or possible strike as one carried out', () => {
    const draft = ingestText(
      'Border talks fail\n\nIceland could launch air strikes on Malta next week, officials warned.\n',
    );
    expect(kinds(draft)).not.toContain('military-action');
  });

  it('does not read lifted sanctions as sanctions imposed', () => {
    const draft = ingestText('A thaw\n\nNorway lifted the sanctions on Portugal on Monday.\n');
    expect(kinds(draft)).not.toContain('sanction');
  });

  it('does not read "strike a deal" as force', () => {
    const draft = ingestText('A deal\n\nNorway hopes to strike a deal with Portugal soon.\n');
    expect(kinds(draft)).not.toContain('military-action');
  });

  it('does not read a denied attack as an attack', () => {
    const draft = ingestText('Claims\n\nIceland did not attack Malta, its ministry said.\n');
    expect(kinds(draft)).not.toContain('military-action');
  });
});

describe('entities from nothing', () => {
  it('knows the world’s countries by name, adjective and capital, a capital for its government', () => {
    const draft = ingestText(
      'Talks\n\nIslamabad rejected the proposal of Kenya, and Peruvian officials met Ghana.\n',
    );
    const labels = draft.entities.map((p) => p.entity.label);
    expect(labels).toEqual(expect.arrayContaining(['Pakistan', 'Kenya', 'Peru', 'Ghana']));
    expect(relation(draft, 'rejection', 'pakistan', 'kenya')?.tone).toBe('verbal-conflict');
  });

  it('knows international bodies under their short forms', () => {
    const draft = ingestText(
      'Vote\n\nThe UN condemned the strikes, and NATO said it would meet.\n',
    );
    const labels = draft.entities.map((p) => p.entity.label);
    expect(labels).toEqual(expect.arrayContaining(['United Nations', 'NATO']));
  });

  it('reads a lone name acting as a subject as a group, but not the surname of a full name', () => {
    const draft = ingestText(
      'Fighting\n\nVelmark attacked a border post, and Jonas Brede said Brede would stay.\n',
    );
    const velmark = draft.entities.find((p) => p.entity.label === 'Velmark');
    expect(velmark?.entity.kind).toBe('organization');
    expect(draft.entities.filter((p) => p.entity.label === 'Brede')).toEqual([]);
  });
});

describe('outlets and platforms are no actors', () => {
  it('does not propose an outlet named in a credit or as the medium of an interview', () => {
    const draft = ingestText(
      'Talks\n\nOSLO (Reuters) - Norway met Portugal on Monday, the minister told a CNBC interview.\n',
    );
    const labels = draft.entities.map((p) => p.entity.label);
    expect(labels).not.toContain('Reuters');
    expect(labels).not.toContain('CNBC');
  });

  it('does not propose an outlet named after what it reported, nor the AP spoken to', () => {
    const draft = ingestFile('press-inverted-teller.txt');
    const labels = draft.entities.map((p) => p.entity.label).sort();
    expect(labels).toEqual(['Norway', 'Norway–Portugal meeting, 5 May 2025', 'Portugal', 'Spain']);
    expect(relation(draft, 'meeting', 'norway', 'portugal')).toBeDefined();
    expect(relation(draft, 'criticism', 'spain', 'norway')).toBeDefined();
    expect(draft.relations.every((p) => p.relation.kind !== 'statement')).toBe(true);
  });

  it('does not read the platform a post was written on as a person', () => {
    const draft = ingestText(
      'Posts\n\nThe minister wrote on Bluebird Social that talks went well.\n',
    );
    expect(draft.entities.filter((p) => p.entity.kind === 'person')).toEqual([]);
  });
});
