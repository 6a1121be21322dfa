// One person, one entity, across the article: a person titled by a rank written short ("Gen.",
// "Lt. Gen."), named by an initial ("K. Valdar"), by a hyphened particle ("el-Karim") or by a
// surname alone later on is the same entity every time, and the title is no part of the name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { ingestArticle } from '../../src/ingest/extract';
import { EMPTY, FIXTURES, findRelation } from './fixture-reading';

const ingestFile = (name: string): Draft =>
  ingestArticle(readFileSync(join(FIXTURES, name), 'utf8'), EMPTY, {
    fileName: name,
    published: '2025-05-12',
  });
const people = (draft: Draft) =>
  draft.entities.filter((e) => e.entity.kind === 'person').map((e) => e.entity.label);
const labels = (draft: Draft) => draft.entities.map((e) => e.entity.label);

describe('a rank written short, with its full stop', () => {
  const draft = ingestFile('ranks-abbreviated.txt');

  it('titles the person and is no part of their name, nor an organisation', () => {
    expect(people(draft).sort()).toEqual(['Ana Vell', 'Teo Brann']);
    expect(labels(draft)).not.toContain('Lt. Gen.');
  });

  it('leaves the person acting, and the surname later links to them', () => {
    expect(findRelation(draft, 'criticism', 'ana-vell', 'malta')).toBeDefined();
    expect(findRelation(draft, 'threat', 'teo-brann', 'iceland')).toBeDefined();
  });
});

describe('a name with an initial or a hyphened particle', () => {
  const draft = ingestFile('initials-and-particles.txt');

  it('keeps the initial and the particle in the name', () => {
    expect(people(draft).sort()).toEqual(['K. Valdar', 'Khalil al-Hayya', 'Omar el-Karim']);
  });

  it('links the later surname, with or without its particle, to the same person', () => {
    expect(labels(draft)).not.toContain('Valdar');
    expect(labels(draft)).not.toContain('Karim');
    expect(labels(draft)).not.toContain('Hayya');
    expect(findRelation(draft, 'affiliation', 'k-valdar', 'malta')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'k-valdar', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'demand', 'omar-el-karim', 'norway')).toBeDefined();
    expect(findRelation(draft, 'demand', 'khalil-al-hayya', 'iceland')).toBeDefined();
  });
});

describe("a country's office holder named by the office", () => {
  const draft = ingestFile('office-holders.txt');

  it('is the person the article named with that title before', () => {
    expect(findRelation(draft, 'criticism', 'ana-vell', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'norway', 'iceland')).toBeUndefined();
  });

  it('is that person after the country\'s possessive too ("Norway\'s prime minister")', () => {
    expect(findRelation(draft, 'threat', 'ana-vell', 'malta')).toBeDefined();
    expect(findRelation(draft, 'threat', 'norway', 'malta')).toBeUndefined();
    expect(findRelation(draft, 'threat', 'malta', 'iceland')).toBeDefined();
  });

  it('is the country acting when the article names nobody so', () => {
    expect(findRelation(draft, 'criticism', 'malta', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'meeting', 'norway', 'malta')).toBeDefined();
  });
});

describe('a first name that is also a place, untitled', () => {
  const draft = ingestFile('place-named-people.txt');

  it('is a person when the article also writes the surname alone', () => {
    expect(people(draft)).toEqual(['Jordan Brann']);
    expect(findRelation(draft, 'criticism', 'jordan-brann', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'jordan', 'iceland')).toBeUndefined();
  });

  it('leaves a place and its part alone ("Gaza City", "the Gaza Strip")', () => {
    expect(labels(draft)).not.toContain('Gaza City');
    expect(labels(draft)).not.toContain('Gaza Strip');
  });
});

describe('"he said" after a quote or an aside', () => {
  const draft = ingestFile('pronoun-speakers.txt');

  it('is the person named before, speaking', () => {
    expect(findRelation(draft, 'statement', 'teo-brann', 'malta')).toBeDefined();
    expect(findRelation(draft, 'statement', 'teo-brann', 'norway')).toBeDefined();
  });
});

describe('a name with "bin", said later by its given name', () => {
  const draft = ingestFile('given-name.txt');

  it('is the same person ("Sheikh Omar" of "Omar bin Salem Al Nadir")', () => {
    expect(people(draft).sort()).toEqual(['Omar bin Salem Al Nadir', 'Teo Brann']);
    expect(findRelation(draft, 'criticism', 'omar-bin-salem-al-nadir', 'iceland')).toBeDefined();
  });
});

describe('"He" opening a sentence', () => {
  const draft = ingestFile('pronoun-paragraphs.txt');

  it('is the one person its paragraph named', () => {
    expect(findRelation(draft, 'criticism', 'jon-dahl', 'iceland')).toBeDefined();
  });

  it('is the subject of the sentence before when the paragraph named two people', () => {
    expect(findRelation(draft, 'criticism', 'teo-brann', 'norway')).toBeDefined();
    expect(findRelation(draft, 'criticism', 'ana-vell', 'norway')).toBeUndefined();
  });
});

describe('a person named by the surname first, in full later', () => {
  const draft = ingestFile('surname-first.txt');

  it('is one person under the full name, the surname kept as an alias', () => {
    expect(people(draft).sort()).toEqual(['Ana Vell', 'Teo Brann']);
    const brann = draft.entities.find((e) => e.entity.label === 'Teo Brann')?.entity;
    expect(brann?.aliases).toContain('Brann');
  });

  it('leaves a full name alone when a longer form of it comes later', () => {
    const text =
      'Port row\n\nPrime Minister Teo Brann of Malta criticised Iceland. Karl Teo Brann said Norway erred.';
    const later = ingestArticle(text, EMPTY, { published: '2025-05-12' });
    expect(people(later)).toEqual(['Teo Brann']);
    expect(findRelation(later, 'statement', 'teo-brann', 'norway')).toBeDefined();
  });

  it('keeps what the surname did and what the full name did on that one person', () => {
    const id = draft.entities.find((e) => e.entity.label === 'Teo Brann')?.entity.id ?? '';
    expect(findRelation(draft, 'criticism', id, 'iceland')).toBeDefined();
    expect(findRelation(draft, 'affiliation', id, 'malta')).toBeDefined();
  });
});

describe("a country's army chief, named", () => {
  const draft = ingestFile('army-chief.txt');

  it('is the person, acting for the country, not the forces', () => {
    expect(findRelation(draft, 'affiliation', 'jon-dahl', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'call', 'norway', 'jon-dahl')).toBeDefined();
    expect(labels(draft)).not.toContain('Icelandic military');
  });
});

describe('a group described by its people ("the Maltese group") and mediators of a country', () => {
  const draft = ingestFile('described-group.txt');

  it('reads "the Maltese group" as the group named before, not nobody', () => {
    expect(findRelation(draft, 'criticism', 'harbour-front', 'iceland')).toBeDefined();
  });

  it('reads "Norwegian mediators" as their country', () => {
    expect(findRelation(draft, 'meeting', 'harbour-front', 'norway')).toBeDefined();
  });

  it('reads "Norwegian and Maltese mediators" as both countries', () => {
    expect(findRelation(draft, 'demand', 'norway', 'iceland')).toBeDefined();
    expect(findRelation(draft, 'demand', 'malta', 'iceland')).toBeDefined();
  });
});

describe('"It" opening a sentence after one a body opened', () => {
  const draft = ingestFile('it-said.txt');

  it('is that body acting, and "It is unclear" names nobody', () => {
    expect(findRelation(draft, 'criticism', 'harbour-front', 'iceland')).toBeDefined();
    expect(draft.relations.filter((p) => p.relation.target === 'malta')).toEqual([]);
  });
});
